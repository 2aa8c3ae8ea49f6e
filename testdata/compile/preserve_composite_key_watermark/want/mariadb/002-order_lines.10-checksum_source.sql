-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (order_id, line_no) in (lo, hi]: row count and
-- two sums of 60-bit slices of each row's MD5.
-- Binds:
--   ?1   @cutoff      timestamp
--   ?2   lo_open      bool
--   ?3   lo.order_id  int32
--   ?4   lo.order_id  int32
--   ?5   lo.line_no   int16
--   ?6   hi_open      bool
--   ?7   hi.order_id  int32
--   ?8   hi.order_id  int32
--   ?9   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`line_no` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`line_no` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`order_id`, `s`.`line_no`, `s`.`sku`, `s`.`qty`
    FROM `legacy`.`order_lines` AS `s`
    WHERE (`s`.`order_id` IN (SELECT `id` FROM `legacy`.`orders` WHERE `updated_at` <= ?))
      AND (? OR (`s`.`order_id` > ? OR (`s`.`order_id` = ? AND `s`.`line_no` > ?)))
      AND (? OR (`s`.`order_id` < ? OR (`s`.`order_id` = ? AND `s`.`line_no` <= ?)))
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
