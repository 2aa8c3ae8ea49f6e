-- datamove plan catalog_merge, step 3 of 3: products: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into products, mapped per the spec; a row whose
-- (sku) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove catalog_merge:products.copy_staged */
INSERT INTO `shop`.`products` (`sku`, `name`, `country_code`, `legacy_id`)
SELECT `b`.`sku`, `b`.`name`, `b`.`origin`, `b`.`product_id`
FROM `datamove_stage_products` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `sku` = IF(`shop`.`products`.`sku` <=> VALUES(`sku`), `shop`.`products`.`sku`, NULL),
  `name` = VALUES(`name`),
  `country_code` = VALUES(`country_code`),
  `legacy_id` = VALUES(`legacy_id`)
