-- datamove plan quoted_names, step 2 of 3: orders: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into Orders, mapped per the spec; a row whose
-- (ID) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @grp     string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove quoted_names:orders.copy */
INSERT INTO `shop`.`Orders` (`ID`, `CustomerID`, `group`, `select`, `Total`)
SELECT `b`.`id`, `b`.`CustomerID`, `b`.`group`, `b`.`select`, ROUND(`b`.`Total Amount`, 2)
FROM (
  SELECT `s`.`id`, `s`.`CustomerID`, `s`.`group`, `s`.`select`, `s`.`Total Amount`
  FROM `legacy`.`order` AS `s`
  WHERE ((`s`.`group` = ?) OR `s`.`select`)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `ID` = IF(`shop`.`Orders`.`ID` <=> VALUES(`ID`), `shop`.`Orders`.`ID`, NULL),
  `CustomerID` = VALUES(`CustomerID`),
  `group` = VALUES(`group`),
  `select` = VALUES(`select`),
  `Total` = VALUES(`Total`)
