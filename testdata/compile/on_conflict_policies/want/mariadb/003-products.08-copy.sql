-- datamove plan catalog_merge, step 3 of 3: products: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into products, mapped per the spec; a row whose
-- (sku) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.product_id  int32
--   ?3   hi_open        bool
--   ?4   hi.product_id  int32
/* datamove catalog_merge:products.copy */
INSERT INTO `shop`.`products` (`sku`, `name`, `country_code`, `legacy_id`)
SELECT `b`.`sku`, `b`.`name`, `b`.`origin`, `b`.`product_id`
FROM (
  SELECT `s`.`product_id`, `s`.`sku`, `s`.`name`, `s`.`origin`
  FROM `legacy`.`products` AS `s`
  WHERE (? OR `s`.`product_id` > ?)
    AND (? OR `s`.`product_id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `sku` = IF(`shop`.`products`.`sku` <=> VALUES(`sku`), `shop`.`products`.`sku`, NULL),
  `name` = VALUES(`name`),
  `country_code` = VALUES(`country_code`),
  `legacy_id` = VALUES(`legacy_id`)
