-- datamove plan warehouse_move, step 1 of 3: warehouses: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   key.id         int32
/* datamove warehouse_move:warehouses.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`
FROM (
  SELECT `s`.`id`, `s`.`name`
  FROM `legacy`.`warehouses` AS `s`
  WHERE (`s`.`id` = ?)
    AND `s`.`id` = ?
) AS `b`
