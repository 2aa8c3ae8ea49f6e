-- datamove plan geo_move, step 3 of 5: cities: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into cities, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:cities.copy_staged */
INSERT INTO `geo`.`cities` (`id`, `country_id`, `name`)
SELECT `b`.`id`, `b`.`country_id`, `b`.`name`
FROM `datamove_stage_cities` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`cities`.`id` <=> VALUES(`id`), `geo`.`cities`.`id`, NULL),
  `country_id` = VALUES(`country_id`),
  `name` = VALUES(`name`)
