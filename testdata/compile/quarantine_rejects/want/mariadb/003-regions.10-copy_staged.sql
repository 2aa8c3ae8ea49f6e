-- datamove plan crm_cleanup, step 3 of 3: regions: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into regions, mapped per the spec; a row whose
-- (code) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove crm_cleanup:regions.copy_staged */
INSERT INTO `app`.`regions` (`code`, `name`)
SELECT `b`.`code`, `b`.`name`
FROM `datamove_stage_regions` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `code` = IF(`app`.`regions`.`code` <=> VALUES(`code`), `app`.`regions`.`code`, NULL),
  `name` = VALUES(`name`)
