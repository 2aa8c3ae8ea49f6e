-- datamove plan warehouse_move, step 3 of 3: movements: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   key.id         int64
/* datamove warehouse_move:movements.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`stock_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`stock_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `stock_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`delta` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`delta` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `delta`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`moved_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`moved_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `moved_at`
FROM (
  SELECT `s`.`id`, `s`.`stock_id`, `s`.`delta`, `s`.`moved_at`
  FROM `legacy`.`stock_movements` AS `s`
  WHERE (`s`.`stock_id` IN (SELECT `id` FROM `legacy`.`stock` WHERE `warehouse_id` = ?))
    AND `s`.`id` = ?
) AS `b`
