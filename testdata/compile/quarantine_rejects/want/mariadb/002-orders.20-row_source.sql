-- datamove plan crm_cleanup, step 2 of 3: orders: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove crm_cleanup:orders.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `customer_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`note` AS CHAR)), ':', CAST(`b`.`note` AS CHAR)), 'N') AS `note`
FROM (
  SELECT `s`.`id`, `s`.`customer_id`, `s`.`total`, `s`.`note`
  FROM `legacy`.`orders` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
