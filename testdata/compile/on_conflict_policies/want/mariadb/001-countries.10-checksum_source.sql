-- datamove plan catalog_merge, step 1 of 3: countries: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (code) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.code  char(2)
--   ?3   hi_open  bool
--   ?4   hi.code  char(2)
/* datamove catalog_merge:countries.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`code` AS CHAR)), ':', CAST(`b`.`code` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`code`, `s`.`name`
    FROM `legacy`.`countries` AS `s`
    WHERE (? OR `s`.`code` > ?)
      AND (? OR `s`.`code` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
