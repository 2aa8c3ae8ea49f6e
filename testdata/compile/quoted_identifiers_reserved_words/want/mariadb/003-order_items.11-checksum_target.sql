-- datamove plan quoted_names, step 3 of 3: order_items: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (OrderID, LineNo) is in (lo, hi], in the same
-- canonical form as checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open     bool
--   ?2   lo.OrderID  int32
--   ?3   lo.OrderID  int32
--   ?4   lo.LineNo   int32
--   ?5   hi_open     bool
--   ?6   hi.OrderID  int32
--   ?7   hi.OrderID  int32
--   ?8   hi.LineNo   int32
/* datamove quoted_names:order_items.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`desc` AS CHAR)), ':', CAST(`t`.`desc` AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`Order Items` AS `t`
  WHERE (? OR (`t`.`OrderID` > ? OR (`t`.`OrderID` = ? AND `t`.`LineNo` > ?)))
    AND (? OR (`t`.`OrderID` < ? OR (`t`.`OrderID` = ? AND `t`.`LineNo` <= ?)))
  LIMIT 18446744073709551615
) AS `c`
