-- datamove plan catalog_merge, step 3 of 3: products: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (product_id) is in (lo, hi], ordered by it: each row's
-- source key (remapped keys translated back) and the two 60-bit slices of its MD5 that
-- checksum_target sums (hash_1, hash_2).
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.product_id  int32
--   ?3   hi_open        bool
--   ?4   hi.product_id  int32
/* datamove catalog_merge:products.rowhash_target */
SELECT `c`.`product_id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`legacy_id` AS `product_id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`sku` AS CHAR)), ':', CAST(`t`.`sku` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`country_code` AS CHAR)), ':', CAST(`t`.`country_code` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`products` AS `t`
  WHERE (? OR `t`.`legacy_id` > ?)
    AND (? OR `t`.`legacy_id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`product_id`
