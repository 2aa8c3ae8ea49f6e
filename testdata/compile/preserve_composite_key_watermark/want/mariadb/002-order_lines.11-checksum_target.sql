-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (order_id, line_no) is in (lo, hi], in the same
-- canonical form as checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open      bool
--   ?2   lo.order_id  int32
--   ?3   lo.order_id  int32
--   ?4   lo.line_no   int16
--   ?5   hi_open      bool
--   ?6   hi.order_id  int32
--   ?7   hi.order_id  int32
--   ?8   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`line_no` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`line_no` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`sku` AS CHAR)), ':', CAST(`t`.`sku` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`quantity` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`quantity` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `eu`.`order_lines` AS `t`
  WHERE (? OR (`t`.`order_id` > ? OR (`t`.`order_id` = ? AND `t`.`line_no` > ?)))
    AND (? OR (`t`.`order_id` < ? OR (`t`.`order_id` = ? AND `t`.`line_no` <= ?)))
  LIMIT 18446744073709551615
) AS `c`
