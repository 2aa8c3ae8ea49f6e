-- datamove plan warehouse_move, step 2 of 3: stock: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   lo_open        bool
--   ?3   lo.id          int32
--   ?4   hi_open        bool
--   ?5   hi.id          int32
/* datamove warehouse_move:stock.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`warehouse_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`warehouse_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`warehouse_id`, `s`.`sku`, `s`.`qty`
    FROM `legacy`.`stock` AS `s`
    WHERE (`s`.`warehouse_id` = ?)
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
