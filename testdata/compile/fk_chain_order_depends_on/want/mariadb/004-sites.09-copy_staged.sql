-- datamove plan geo_move, step 4 of 5: sites: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into sites, mapped per the spec; a row whose (id)
-- already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:sites.copy_staged */
INSERT INTO `geo`.`sites` (`id`, `city_id`, `label`)
SELECT `b`.`id`, `b`.`city_id`, `b`.`label`
FROM `datamove_stage_sites` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`sites`.`id` <=> VALUES(`id`), `geo`.`sites`.`id`, NULL),
  `city_id` = VALUES(`city_id`),
  `label` = VALUES(`label`)
