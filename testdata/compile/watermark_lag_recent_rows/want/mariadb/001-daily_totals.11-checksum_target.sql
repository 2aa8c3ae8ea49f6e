-- datamove plan event_feed, step 1 of 3: daily_totals: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (day) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.day   date
--   ?3   hi_open  bool
--   ?4   hi.day   date
/* datamove event_feed:daily_totals.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`day`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`day`, '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `feed`.`daily_totals` AS `t`
  WHERE (? OR `t`.`day` > ?)
    AND (? OR `t`.`day` <= ?)
  LIMIT 18446744073709551615
) AS `c`
