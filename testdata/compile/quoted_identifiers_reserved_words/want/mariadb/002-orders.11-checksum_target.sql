-- datamove plan quoted_names, step 2 of 3: orders: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove quoted_names:orders.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ID` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`group` AS CHAR)), ':', CAST(`t`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`select` THEN '1' WHEN NOT `t`.`select` THEN '0' END), ':', CASE WHEN `t`.`select` THEN '1' WHEN NOT `t`.`select` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`Total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`Total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`Orders` AS `t`
  WHERE (? OR `t`.`ID` > ?)
    AND (? OR `t`.`ID` <= ?)
  LIMIT 18446744073709551615
) AS `c`
