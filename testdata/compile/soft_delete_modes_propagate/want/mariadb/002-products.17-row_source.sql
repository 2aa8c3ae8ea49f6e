-- datamove plan crm_soft_deletes, step 2 of 3: products: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove crm_soft_deletes:products.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N') AS `sku`
FROM (
  SELECT `s`.`id`, `s`.`sku`
  FROM `legacy`.`products` AS `s`
  WHERE (NOT `s`.`is_discontinued`)
    AND `s`.`id` = ?
) AS `b`
