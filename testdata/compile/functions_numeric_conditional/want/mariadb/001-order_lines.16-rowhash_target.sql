-- datamove plan order_metrics, step 1 of 1: order_lines: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove order_metrics:order_lines.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`id` AS `id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`line_total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`line_total` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_floor` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`price_floor` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_ceil` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`price_ceil` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_delta` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`price_delta` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`weight_kg` AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(`t`.`weight_kg` AS DECIMAL(65,3)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`dozens` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`dozens` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`leftover` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`leftover` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`parity` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`parity` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`ratio` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`ratio` AS DECIMAL(65,30)) AS CHAR)))), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`price_band` AS CHAR)), ':', CAST(`t`.`price_band` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`status_rank` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`status_rank` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_open` THEN '1' WHEN NOT `t`.`is_open` THEN '0' END), ':', CASE WHEN `t`.`is_open` THEN '1' WHEN NOT `t`.`is_open` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_v_sku` THEN '1' WHEN NOT `t`.`is_v_sku` THEN '0' END), ':', CASE WHEN `t`.`is_v_sku` THEN '1' WHEN NOT `t`.`is_v_sku` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_literal_sku` THEN '1' WHEN NOT `t`.`is_literal_sku` THEN '0' END), ':', CASE WHEN `t`.`is_literal_sku` THEN '1' WHEN NOT `t`.`is_literal_sku` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`has_weight` THEN '1' WHEN NOT `t`.`has_weight` THEN '0' END), ':', CASE WHEN `t`.`has_weight` THEN '1' WHEN NOT `t`.`has_weight` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`no_discount` THEN '1' WHEN NOT `t`.`no_discount` THEN '0' END), ':', CASE WHEN `t`.`no_discount` THEN '1' WHEN NOT `t`.`no_discount` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`discount` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`discount` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`discount_or_null` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`discount_or_null` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`size_label` AS CHAR)), ':', CAST(`t`.`size_label` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`top_rank` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`top_rank` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`low_weight` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`low_weight` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`qty_text` AS CHAR)), ':', CAST(`t`.`qty_text` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`status_text` AS CHAR)), ':', CAST(`t`.`status_text` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_int` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`price_int` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`score_dec` AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(`t`.`score_dec` AS DECIMAL(65,3)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `dw`.`line_metrics` AS `t`
  WHERE (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
