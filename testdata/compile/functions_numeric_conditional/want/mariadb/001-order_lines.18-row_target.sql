-- datamove plan order_metrics, step 1 of 1: order_lines: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove order_metrics:order_lines.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`line_total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`line_total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `line_total`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_floor` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`price_floor` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `price_floor`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_ceil` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`price_ceil` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `price_ceil`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_delta` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`price_delta` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `price_delta`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`weight_kg` AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(`t`.`weight_kg` AS DECIMAL(65,3)) AS CHAR)), 'N') AS `weight_kg`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`dozens` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`dozens` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `dozens`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`leftover` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`leftover` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `leftover`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`parity` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`parity` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `parity`,
  COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`ratio` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`ratio` AS DECIMAL(65,30)) AS CHAR)))), 'N') AS `ratio`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`price_band` AS CHAR)), ':', CAST(`t`.`price_band` AS CHAR)), 'N') AS `price_band`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`status_rank` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`status_rank` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `status_rank`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_open` THEN '1' WHEN NOT `t`.`is_open` THEN '0' END), ':', CASE WHEN `t`.`is_open` THEN '1' WHEN NOT `t`.`is_open` THEN '0' END), 'N') AS `is_open`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_v_sku` THEN '1' WHEN NOT `t`.`is_v_sku` THEN '0' END), ':', CASE WHEN `t`.`is_v_sku` THEN '1' WHEN NOT `t`.`is_v_sku` THEN '0' END), 'N') AS `is_v_sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_literal_sku` THEN '1' WHEN NOT `t`.`is_literal_sku` THEN '0' END), ':', CASE WHEN `t`.`is_literal_sku` THEN '1' WHEN NOT `t`.`is_literal_sku` THEN '0' END), 'N') AS `is_literal_sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`has_weight` THEN '1' WHEN NOT `t`.`has_weight` THEN '0' END), ':', CASE WHEN `t`.`has_weight` THEN '1' WHEN NOT `t`.`has_weight` THEN '0' END), 'N') AS `has_weight`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`no_discount` THEN '1' WHEN NOT `t`.`no_discount` THEN '0' END), ':', CASE WHEN `t`.`no_discount` THEN '1' WHEN NOT `t`.`no_discount` THEN '0' END), 'N') AS `no_discount`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`discount` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`discount` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `discount`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`discount_or_null` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`discount_or_null` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `discount_or_null`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`size_label` AS CHAR)), ':', CAST(`t`.`size_label` AS CHAR)), 'N') AS `size_label`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`top_rank` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`top_rank` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `top_rank`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`low_weight` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`low_weight` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `low_weight`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`qty_text` AS CHAR)), ':', CAST(`t`.`qty_text` AS CHAR)), 'N') AS `qty_text`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`status_text` AS CHAR)), ':', CAST(`t`.`status_text` AS CHAR)), 'N') AS `status_text`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`price_int` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`price_int` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `price_int`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`score_dec` AS DECIMAL(65,3)) AS CHAR)), ':', CAST(CAST(`t`.`score_dec` AS DECIMAL(65,3)) AS CHAR)), 'N') AS `score_dec`
FROM `dw`.`line_metrics` AS `t`
WHERE `t`.`id` = ?
