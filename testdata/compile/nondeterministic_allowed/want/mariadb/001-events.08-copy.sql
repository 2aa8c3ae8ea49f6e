-- datamove plan events_stamp, step 1 of 1: events: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int64
--   ?3   hi_open  bool
--   ?4   hi.id    int64
/* datamove events_stamp:events.copy */
INSERT INTO `app`.`events` (`id`, `kind`, `payload`, `loaded_at`, `seen_at`, `checked_at`, `loaded_on`, `sample_key`, `trace_id`)
SELECT `b`.`id`, `b`.`kind`, `b`.`payload`, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_DATE(), RAND(), UUID()
FROM (
  SELECT `s`.`id`, `s`.`kind`, `s`.`payload`
  FROM `legacy`.`events` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`app`.`events`.`id` <=> VALUES(`id`), `app`.`events`.`id`, NULL),
  `kind` = VALUES(`kind`),
  `payload` = VALUES(`payload`)
