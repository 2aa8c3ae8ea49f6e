-- datamove plan order_metrics, step 1 of 1: order_lines: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into line_metrics, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove order_metrics:order_lines.copy_staged */
INSERT INTO `dw`.`line_metrics` (`id`, `line_total`, `price_floor`, `price_ceil`, `price_delta`, `weight_kg`, `dozens`, `leftover`, `parity`, `ratio`, `price_band`, `status_rank`, `is_open`, `is_v_sku`, `is_literal_sku`, `has_weight`, `no_discount`, `discount`, `discount_or_null`, `size_label`, `top_rank`, `low_weight`, `qty_text`, `status_text`, `price_int`, `score_dec`)
SELECT `b`.`id`, ROUND(((`b`.`qty` * `b`.`unit_price`) * (100 - COALESCE(`b`.`discount`, 0))) / 100, 2), FLOOR(`b`.`unit_price`), CEILING(`b`.`unit_price`), ABS(`b`.`unit_price` - 5), ROUND(`b`.`weight_g` / 1000, 3), `b`.`qty` DIV 12, MOD(`b`.`qty`, 12), MOD(`b`.`qty`, 2), `b`.`qty` / `b`.`priority`, CASE WHEN `b`.`unit_price` < 2 THEN 'low' WHEN `b`.`unit_price` BETWEEN 2 AND 3 THEN 'mid' ELSE 'high' END, CASE `b`.`status` WHEN 'v1' THEN 1 WHEN 'v2' THEN 2 ELSE 0 END, `b`.`status` IN ('v1', 'v3'), `b`.`sku` LIKE 'v%' ESCAPE '\', `b`.`sku` NOT LIKE 'v!_%' ESCAPE '!', `b`.`weight_g` IS NOT NULL, `b`.`discount` IS NULL, IFNULL(`b`.`discount`, 0), NULLIF(`b`.`discount`, 0), IF(`b`.`qty` > 1, 'many', 'one'), GREATEST(`b`.`qty`, `b`.`priority`), LEAST(`b`.`weight_g`, `b`.`qty`), CAST(`b`.`qty` AS CHAR(12)), CAST(`b`.`status` AS CHAR), CAST(`b`.`unit_price` * 10 AS SIGNED), CAST(`b`.`score` AS DECIMAL(8,3))
FROM `datamove_stage_line_metrics` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`dw`.`line_metrics`.`id` <=> VALUES(`id`), `dw`.`line_metrics`.`id`, NULL),
  `line_total` = VALUES(`line_total`),
  `price_floor` = VALUES(`price_floor`),
  `price_ceil` = VALUES(`price_ceil`),
  `price_delta` = VALUES(`price_delta`),
  `weight_kg` = VALUES(`weight_kg`),
  `dozens` = VALUES(`dozens`),
  `leftover` = VALUES(`leftover`),
  `parity` = VALUES(`parity`),
  `ratio` = VALUES(`ratio`),
  `price_band` = VALUES(`price_band`),
  `status_rank` = VALUES(`status_rank`),
  `is_open` = VALUES(`is_open`),
  `is_v_sku` = VALUES(`is_v_sku`),
  `is_literal_sku` = VALUES(`is_literal_sku`),
  `has_weight` = VALUES(`has_weight`),
  `no_discount` = VALUES(`no_discount`),
  `discount` = VALUES(`discount`),
  `discount_or_null` = VALUES(`discount_or_null`),
  `size_label` = VALUES(`size_label`),
  `top_rank` = VALUES(`top_rank`),
  `low_weight` = VALUES(`low_weight`),
  `qty_text` = VALUES(`qty_text`),
  `status_text` = VALUES(`status_text`),
  `price_int` = VALUES(`price_int`),
  `score_dec` = VALUES(`score_dec`)
