-- datamove plan event_feed, step 1 of 3: daily_totals: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into daily_totals, mapped per the spec; a row
-- whose (day) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove event_feed:daily_totals.copy_staged */
INSERT INTO `feed`.`daily_totals` (`day`, `total`)
SELECT `b`.`day`, `b`.`total`
FROM `datamove_stage_daily_totals` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `day` = IF(`feed`.`daily_totals`.`day` <=> VALUES(`day`), `feed`.`daily_totals`.`day`, NULL),
  `total` = VALUES(`total`)
