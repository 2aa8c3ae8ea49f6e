-- datamove plan catalog_merge, step 3 of 3: products: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (product_id) in (lo, hi]: row count and two
-- sums of 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.product_id  int32
--   ?3   hi_open        bool
--   ?4   hi.product_id  int32
/* datamove catalog_merge:products.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`origin` AS CHAR)), ':', CAST(`b`.`origin` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`product_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`product_id` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`product_id`, `s`.`sku`, `s`.`name`, `s`.`origin`
    FROM `legacy`.`products` AS `s`
    WHERE (? OR `s`.`product_id` > ?)
      AND (? OR `s`.`product_id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
