-- datamove plan warehouse_move, step 2 of 3: stock: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   key.id         int32
/* datamove warehouse_move:stock.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`warehouse_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`warehouse_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `warehouse_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N') AS `sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `on_hand`
FROM (
  SELECT `s`.`id`, `s`.`warehouse_id`, `s`.`sku`, `s`.`qty`
  FROM `legacy`.`stock` AS `s`
  WHERE (`s`.`warehouse_id` = ?)
    AND `s`.`id` = ?
) AS `b`
