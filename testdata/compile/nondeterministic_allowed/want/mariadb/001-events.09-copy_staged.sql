-- datamove plan events_stamp, step 1 of 1: events: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove events_stamp:events.copy_staged */
INSERT INTO `app`.`events` (`id`, `kind`, `payload`, `loaded_at`, `seen_at`, `checked_at`, `loaded_on`, `sample_key`, `trace_id`)
SELECT `b`.`id`, `b`.`kind`, `b`.`payload`, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_DATE(), RAND(), UUID()
FROM `datamove_stage_events` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`app`.`events`.`id` <=> VALUES(`id`), `app`.`events`.`id`, NULL),
  `kind` = VALUES(`kind`),
  `payload` = VALUES(`payload`)
