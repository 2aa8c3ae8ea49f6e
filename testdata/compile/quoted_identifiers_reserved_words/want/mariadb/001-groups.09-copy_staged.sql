-- datamove plan quoted_names, step 1 of 3: groups: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into group, mapped per the spec; a row whose
-- (group) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove quoted_names:groups.copy_staged */
INSERT INTO `shop`.`group` (`group`, `Label`)
SELECT `b`.`group`, `b`.`Label`
FROM `datamove_stage_group` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `group` = IF(`shop`.`group`.`group` <=> VALUES(`group`), `shop`.`group`.`group`, NULL),
  `Label` = VALUES(`Label`)
