-- datamove plan crm_cleanup, step 3 of 3: regions: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into regions, mapped per the spec; a row whose
-- (code) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.code  char(2)
--   ?3   hi_open  bool
--   ?4   hi.code  char(2)
/* datamove crm_cleanup:regions.copy */
INSERT INTO `app`.`regions` (`code`, `name`)
SELECT `b`.`code`, `b`.`name`
FROM (
  SELECT `s`.`code`, `s`.`name`
  FROM `legacy`.`regions` AS `s`
  WHERE (? OR `s`.`code` > ?)
    AND (? OR `s`.`code` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `code` = IF(`app`.`regions`.`code` <=> VALUES(`code`), `app`.`regions`.`code`, NULL),
  `name` = VALUES(`name`)
