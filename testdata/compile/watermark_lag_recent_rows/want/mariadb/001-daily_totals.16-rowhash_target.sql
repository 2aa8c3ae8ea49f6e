-- datamove plan event_feed, step 1 of 3: daily_totals: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (day) is in (lo, hi], ordered by it: each row's source
-- key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target
-- sums (hash_1, hash_2).
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.day   date
--   ?3   hi_open  bool
--   ?4   hi.day   date
/* datamove event_feed:daily_totals.rowhash_target */
SELECT `c`.`day`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`day` AS `day`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`day`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`day`, '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `feed`.`daily_totals` AS `t`
  WHERE (? OR `t`.`day` > ?)
    AND (? OR `t`.`day` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`day`
