-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (order_id, line_no) = key: the key, then per
-- checksummed target column its canonical text (<length>:<text>, N for NULL), the fields
-- checksum_source hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @cutoff       timestamp
--   ?2   key.order_id  int32
--   ?3   key.line_no   int16
/* datamove orders_until_cutoff:order_lines.row_source */
SELECT `b`.`order_id`, `b`.`line_no`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `order_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`line_no` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`line_no` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `line_no`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`sku` AS CHAR)), ':', CAST(`b`.`sku` AS CHAR)), 'N') AS `sku`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`qty` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `quantity`
FROM (
  SELECT `s`.`order_id`, `s`.`line_no`, `s`.`sku`, `s`.`qty`
  FROM `legacy`.`order_lines` AS `s`
  WHERE (`s`.`order_id` IN (SELECT `id` FROM `legacy`.`orders` WHERE `updated_at` <= ?))
    AND `s`.`order_id` = ? AND `s`.`line_no` = ?
) AS `b`
