-- datamove plan event_feed, step 1 of 3: daily_totals: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (day) in (lo, hi], ordered by it: each row's key
-- and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the
-- rows of a differing chunk.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.day   date
--   ?3   hi_open  bool
--   ?4   hi.day   date
/* datamove event_feed:daily_totals.rowhash_source */
SELECT `c`.`day`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`day`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`day`, '%Y-%m-%d')), ':', DATE_FORMAT(`b`.`day`, '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`day`, `s`.`total`
    FROM `legacy`.`daily_totals` AS `s`
    WHERE (? OR `s`.`day` > ?)
      AND (? OR `s`.`day` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`day`
