-- datamove plan quoted_names, step 1 of 3: groups: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open   bool
--   ?2   lo.group  varchar(10)
--   ?3   hi_open   bool
--   ?4   hi.group  varchar(10)
/* datamove quoted_names:groups.read */
SELECT `s`.`group`, `s`.`Label`
FROM `legacy`.`group` AS `s`
WHERE (? OR `s`.`group` > ?)
  AND (? OR `s`.`group` <= ?)
ORDER BY `s`.`group`
