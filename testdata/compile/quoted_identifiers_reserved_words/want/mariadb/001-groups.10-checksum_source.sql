-- datamove plan quoted_names, step 1 of 3: groups: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (group) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open   bool
--   ?2   lo.group  varchar(10)
--   ?3   hi_open   bool
--   ?4   hi.group  varchar(10)
/* datamove quoted_names:groups.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`group` AS CHAR)), ':', CAST(`b`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`Label` AS CHAR)), ':', CAST(`b`.`Label` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`group`, `s`.`Label`
    FROM `legacy`.`group` AS `s`
    WHERE (? OR `s`.`group` > ?)
      AND (? OR `s`.`group` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
