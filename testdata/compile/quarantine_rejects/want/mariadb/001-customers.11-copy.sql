-- datamove plan crm_cleanup, step 1 of 3: customers: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs. Rows the quarantine statement
-- puts in datamove_reject_customers (they break a rule of the target) are left out.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_cleanup:customers.copy */
INSERT INTO `app`.`customers` (`legacy_id`, `name`, `email`, `credit`, `balance`, `visits`, `country`)
SELECT `b`.`id`, `b`.`name`, `b`.`email`, `b`.`credit`, ROUND(`b`.`balance`, 2), `b`.`visits`, COALESCE(`b`.`country`, 'US')
FROM (
  SELECT `s`.`id`, `s`.`name`, `s`.`email`, `s`.`credit`, `s`.`balance`, `s`.`visits`, `s`.`country`
  FROM `legacy`.`customers` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE NOT (
    ((CHAR_LENGTH(`b`.`name`) > 50) IS TRUE)
    OR (`b`.`email` IS NULL)
    OR ((CHAR_LENGTH(`b`.`email`) > 100) IS TRUE)
    OR ((`b`.`credit` NOT BETWEEN -9999.99 AND 9999.99) IS TRUE)
    OR ((ROUND(`b`.`balance`, 2) NOT BETWEEN -9999.99 AND 9999.99) IS TRUE)
    OR ((`b`.`visits` NOT BETWEEN -2147483648 AND 2147483647) IS TRUE))
ON DUPLICATE KEY UPDATE `legacy_id` = IF(`app`.`customers`.`legacy_id` <=> VALUES(`legacy_id`), `app`.`customers`.`legacy_id`, NULL),
  `name` = VALUES(`name`),
  `email` = VALUES(`email`),
  `credit` = VALUES(`credit`),
  `balance` = VALUES(`balance`),
  `visits` = VALUES(`visits`),
  `country` = VALUES(`country`)
