-- datamove plan event_feed, step 3 of 3: sources: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into sources, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove event_feed:sources.copy_staged */
INSERT INTO `feed`.`sources` (`id`, `name`)
SELECT `b`.`id`, `b`.`name`
FROM `datamove_stage_sources` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`feed`.`sources`.`id` <=> VALUES(`id`), `feed`.`sources`.`id`, NULL),
  `name` = VALUES(`name`)
