-- datamove plan shop_to_postgres, step 2 of 2: orders: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @since  timestamp
--   ?2   key.id  int64
/* datamove shop_to_postgres:orders.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `customer_id`,
  COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`total` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`total` AS DECIMAL(65,30)) AS CHAR)))), 'N') AS `total`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`placed_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`placed_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `placed_at`
FROM (
  SELECT `s`.`id`, `s`.`customer_id`, `s`.`total`, `s`.`placed_at`
  FROM `legacy`.`orders` AS `s`
  WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
    AND `s`.`id` = ?
) AS `b`
