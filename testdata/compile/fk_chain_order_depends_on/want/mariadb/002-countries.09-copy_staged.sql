-- datamove plan geo_move, step 2 of 5: countries: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into countries, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove geo_move:countries.copy_staged */
INSERT INTO `geo`.`countries` (`id`, `region_id`, `iso`)
SELECT `b`.`id`, `b`.`region_id`, `b`.`iso`
FROM `datamove_stage_countries` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`geo`.`countries`.`id` <=> VALUES(`id`), `geo`.`countries`.`id`, NULL),
  `region_id` = VALUES(`region_id`),
  `iso` = VALUES(`iso`)
