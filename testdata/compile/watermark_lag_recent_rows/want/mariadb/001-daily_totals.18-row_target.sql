-- datamove plan event_feed, step 1 of 3: daily_totals: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (day) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.day  date
/* datamove event_feed:daily_totals.row_target */
SELECT `t`.`day` AS `day`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`day`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`day`, '%Y-%m-%d')), 'N') AS `day`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`
FROM `feed`.`daily_totals` AS `t`
WHERE `t`.`day` = ?
