-- datamove plan order_metrics, step 1 of 1: order_lines: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove order_metrics:order_lines.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(((`b`.`qty` * `b`.`unit_price`) * (100 - COALESCE(`b`.`discount`, 0))) / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(((`b`.`qty` * `b`.`unit_price`) * (100 - COALESCE(`b`.`discount`, 0))) / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `line_total`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(FLOOR(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(FLOOR(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `price_floor`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CEILING(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CEILING(`b`.`unit_price`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `price_ceil`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ABS(`b`.`unit_price` - 5) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ABS(`b`.`unit_price` - 5) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `price_delta`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`weight_g` / 1000, 3) AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`weight_g` / 1000, 3) AS DECIMAL(65,3)) AS CHAR)), 'N') AS `weight_kg`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` DIV 12 AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`qty` DIV 12 AS DECIMAL(20,0)) AS CHAR)), 'N') AS `dozens`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(MOD(`b`.`qty`, 12) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(MOD(`b`.`qty`, 12) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `leftover`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(MOD(`b`.`qty`, 2) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(MOD(`b`.`qty`, 2) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `parity`,
  COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`qty` / `b`.`priority` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`qty` / `b`.`priority` AS DECIMAL(65,30)) AS CHAR)))), 'N') AS `ratio`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CASE WHEN `b`.`unit_price` < 2 THEN 'low' WHEN `b`.`unit_price` BETWEEN 2 AND 3 THEN 'mid' ELSE 'high' END AS CHAR)), ':', CAST(CASE WHEN `b`.`unit_price` < 2 THEN 'low' WHEN `b`.`unit_price` BETWEEN 2 AND 3 THEN 'mid' ELSE 'high' END AS CHAR)), 'N') AS `price_band`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CASE `b`.`status` WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CASE `b`.`status` WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END AS DECIMAL(20,0)) AS CHAR)), 'N') AS `status_rank`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`status` IN ('v1', 'v3') THEN '1' WHEN NOT `b`.`status` IN ('v1', 'v3') THEN '0' END), ':', CASE WHEN `b`.`status` IN ('v1', 'v3') THEN '1' WHEN NOT `b`.`status` IN ('v1', 'v3') THEN '0' END), 'N') AS `is_open`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '1' WHEN NOT `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '0' END), ':', CASE WHEN `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '1' WHEN NOT `b`.`sku` LIKE 'v%' ESCAPE '\' THEN '0' END), 'N') AS `is_v_sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '1' WHEN NOT `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '0' END), ':', CASE WHEN `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '1' WHEN NOT `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!' THEN '0' END), 'N') AS `is_literal_sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`weight_g` IS NOT NULL THEN '1' WHEN NOT `b`.`weight_g` IS NOT NULL THEN '0' END), ':', CASE WHEN `b`.`weight_g` IS NOT NULL THEN '1' WHEN NOT `b`.`weight_g` IS NOT NULL THEN '0' END), 'N') AS `has_weight`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`discount` IS NULL THEN '1' WHEN NOT `b`.`discount` IS NULL THEN '0' END), ':', CASE WHEN `b`.`discount` IS NULL THEN '1' WHEN NOT `b`.`discount` IS NULL THEN '0' END), 'N') AS `no_discount`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(IFNULL(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(IFNULL(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `discount`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(NULLIF(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(NULLIF(`b`.`discount`, 0) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `discount_or_null`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(IF(`b`.`qty` > 1, 'many', 'one') AS CHAR)), ':', CAST(IF(`b`.`qty` > 1, 'many', 'one') AS CHAR)), 'N') AS `size_label`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(GREATEST(`b`.`qty`, `b`.`priority`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(GREATEST(`b`.`qty`, `b`.`priority`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `top_rank`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(LEAST(`b`.`weight_g`, `b`.`qty`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(LEAST(`b`.`weight_g`, `b`.`qty`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `low_weight`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` AS CHAR(12)) AS CHAR)), ':', CAST(CAST(`b`.`qty` AS CHAR(12)) AS CHAR)), 'N') AS `qty_text`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`status` AS CHAR) AS CHAR)), ':', CAST(CAST(`b`.`status` AS CHAR) AS CHAR)), 'N') AS `status_text`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CAST(`b`.`unit_price` * 10 AS SIGNED) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CAST(`b`.`unit_price` * 10 AS SIGNED) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `price_int`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CAST(`b`.`score` AS DECIMAL(8,3)) AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(CAST(`b`.`score` AS DECIMAL(8,3)) AS DECIMAL(65,3)) AS CHAR)), 'N') AS `score_dec`
FROM (
  SELECT `s`.`id`, `s`.`qty`, `s`.`priority`, `s`.`unit_price`, `s`.`discount`, `s`.`weight_g`, `s`.`status`, `s`.`sku`, `s`.`score`
  FROM `legacy`.`order_lines` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
