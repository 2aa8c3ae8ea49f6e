-- datamove plan quoted_names, step 1 of 3: groups: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into group, mapped per the spec; a row whose
-- (group) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open   bool
--   ?2   lo.group  varchar(10)
--   ?3   hi_open   bool
--   ?4   hi.group  varchar(10)
/* datamove quoted_names:groups.copy */
INSERT INTO `shop`.`group` (`group`, `Label`)
SELECT `b`.`group`, `b`.`Label`
FROM (
  SELECT `s`.`group`, `s`.`Label`
  FROM `legacy`.`group` AS `s`
  WHERE (? OR `s`.`group` > ?)
    AND (? OR `s`.`group` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `group` = IF(`shop`.`group`.`group` <=> VALUES(`group`), `shop`.`group`.`group`, NULL),
  `Label` = VALUES(`Label`)
