-- datamove plan event_feed, step 1 of 3: daily_totals: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (day) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.day  date
/* datamove event_feed:daily_totals.row_source */
SELECT `b`.`day`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`day`, '%Y-%m-%d')), ':', DATE_FORMAT(`b`.`day`, '%Y-%m-%d')), 'N') AS `day`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`
FROM (
  SELECT `s`.`day`, `s`.`total`
  FROM `legacy`.`daily_totals` AS `s`
  WHERE `s`.`day` = ?
) AS `b`
