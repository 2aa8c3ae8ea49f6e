-- datamove plan event_feed, step 1 of 3: daily_totals: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into daily_totals, mapped per the spec; a row
-- whose (day) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.day   date
--   ?3   hi_open  bool
--   ?4   hi.day   date
/* datamove event_feed:daily_totals.copy */
INSERT INTO `feed`.`daily_totals` (`day`, `total`)
SELECT `b`.`day`, `b`.`total`
FROM (
  SELECT `s`.`day`, `s`.`total`
  FROM `legacy`.`daily_totals` AS `s`
  WHERE (? OR `s`.`day` > ?)
    AND (? OR `s`.`day` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `day` = IF(`feed`.`daily_totals`.`day` <=> VALUES(`day`), `feed`.`daily_totals`.`day`, NULL),
  `total` = VALUES(`total`)
