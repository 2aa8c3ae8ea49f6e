-- datamove plan quoted_names, step 1 of 3: groups: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (group) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open   bool
--   ?2   lo.group  varchar(10)
--   ?3   hi_open   bool
--   ?4   hi.group  varchar(10)
/* datamove quoted_names:groups.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`group` AS CHAR)), ':', CAST(`t`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`Label` AS CHAR)), ':', CAST(`t`.`Label` AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`group` AS `t`
  WHERE (? OR `t`.`group` > ?)
    AND (? OR `t`.`group` <= ?)
  LIMIT 18446744073709551615
) AS `c`
