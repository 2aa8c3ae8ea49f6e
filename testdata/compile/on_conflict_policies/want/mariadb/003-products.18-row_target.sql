-- datamove plan catalog_merge, step 3 of 3: products: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (product_id) = key (remapped keys translated back): the
-- key, then per checksummed column its canonical text, as row_source gives it for the source. No
-- row: the target has no such row in the step's scope.
-- Binds:
--   ?1   key.product_id  int32
/* datamove catalog_merge:products.row_target */
SELECT `t`.`legacy_id` AS `product_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`sku` AS CHAR)), ':', CAST(`t`.`sku` AS CHAR)), 'N') AS `sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`country_code` AS CHAR)), ':', CAST(`t`.`country_code` AS CHAR)), 'N') AS `country_code`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`
FROM `shop`.`products` AS `t`
WHERE `t`.`legacy_id` = ?
