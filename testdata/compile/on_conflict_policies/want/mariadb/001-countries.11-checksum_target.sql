-- datamove plan catalog_merge, step 1 of 3: countries: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (code) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.code  char(2)
--   ?3   hi_open  bool
--   ?4   hi.code  char(2)
/* datamove catalog_merge:countries.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code` AS CHAR)), ':', CAST(`t`.`code` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`countries` AS `t`
  WHERE (? OR `t`.`code` > ?)
    AND (? OR `t`.`code` <= ?)
  LIMIT 18446744073709551615
) AS `c`
