-- datamove plan geo_move, step 5 of 5: managers: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into managers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:managers.copy_staged */
INSERT INTO `geo`.`managers` (`id`, `site_id`, `full_name`)
SELECT `b`.`id`, `b`.`site_id`, `b`.`full_name`
FROM `datamove_stage_managers` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`managers`.`id` <=> VALUES(`id`), `geo`.`managers`.`id`, NULL),
  `site_id` = VALUES(`site_id`),
  `full_name` = VALUES(`full_name`)
