-- datamove plan catalog_merge, step 1 of 3: countries: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into countries, mapped per the spec; a row whose
-- (code) already exists is kept as it is (skipped, and counted by the runtime).
-- Binds nothing.
/* datamove catalog_merge:countries.copy_staged */
INSERT INTO `shop`.`countries` (`code`, `name`)
SELECT `b`.`code`, `b`.`name`
FROM `datamove_stage_countries` AS `b`
WHERE NOT EXISTS (SELECT 1 FROM `shop`.`countries` AS `t` WHERE `t`.`code` = `b`.`code`)
