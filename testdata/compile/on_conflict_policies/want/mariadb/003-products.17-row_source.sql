-- datamove plan catalog_merge, step 3 of 3: products: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (product_id) = key: the key, then per checksummed
-- target column its canonical text (<length>:<text>, N for NULL), the fields checksum_source
-- hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.product_id  int32
/* datamove catalog_merge:products.row_source */
SELECT `b`.`product_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N') AS `sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`origin` AS CHAR)), ':', CAST(`b`.`origin` AS CHAR)), 'N') AS `country_code`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`product_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`product_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`
FROM (
  SELECT `s`.`product_id`, `s`.`sku`, `s`.`name`, `s`.`origin`
  FROM `legacy`.`products` AS `s`
  WHERE `s`.`product_id` = ?
) AS `b`
