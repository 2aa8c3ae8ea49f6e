-- datamove plan event_feed, step 2 of 3: events: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.created_at  timestamptz(6)
--   ?3   lo.created_at  timestamptz(6)
--   ?4   lo.id          int64
--   ?5   hi_open        bool
--   ?6   hi.created_at  timestamptz(6)
--   ?7   hi.created_at  timestamptz(6)
--   ?8   hi.id          int64
/* datamove event_feed:events.copy */
INSERT INTO `feed`.`events` (`id`, `created_at`, `kind`, `payload`)
SELECT `b`.`id`, `b`.`created_at`, `b`.`kind`, `b`.`payload`
FROM (
  SELECT `s`.`id`, `s`.`created_at`, `s`.`kind`, `s`.`payload`
  FROM `legacy`.`events` AS `s`
  WHERE (? OR (`s`.`created_at` > ? OR (`s`.`created_at` = ? AND `s`.`id` > ?)))
    AND (? OR (`s`.`created_at` < ? OR (`s`.`created_at` = ? AND `s`.`id` <= ?)))
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`feed`.`events`.`id` <=> VALUES(`id`), `feed`.`events`.`id`, NULL),
  `created_at` = VALUES(`created_at`),
  `kind` = VALUES(`kind`),
  `payload` = VALUES(`payload`)
