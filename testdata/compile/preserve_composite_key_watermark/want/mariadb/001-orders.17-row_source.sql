-- datamove plan orders_until_cutoff, step 1 of 2: orders: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @cutoff  timestamp
--   ?2   key.id   int32
/* datamove orders_until_cutoff:orders.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`customer_ref` AS CHAR)), ':', CAST(`b`.`customer_ref` AS CHAR)), 'N') AS `customer_ref`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`updated_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`updated_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `updated_at`
FROM (
  SELECT `s`.`id`, `s`.`customer_ref`, `s`.`total`, `s`.`updated_at`
  FROM `legacy`.`orders` AS `s`
  WHERE (`s`.`updated_at` <= ?)
    AND `s`.`id` = ?
) AS `b`
