-- datamove plan event_feed, step 2 of 3: events: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove event_feed:events.copy_staged */
INSERT INTO `feed`.`events` (`id`, `created_at`, `kind`, `payload`)
SELECT `b`.`id`, `b`.`created_at`, `b`.`kind`, `b`.`payload`
FROM `datamove_stage_events` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`feed`.`events`.`id` <=> VALUES(`id`), `feed`.`events`.`id`, NULL),
  `created_at` = VALUES(`created_at`),
  `kind` = VALUES(`kind`),
  `payload` = VALUES(`payload`)
