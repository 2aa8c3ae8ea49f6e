-- datamove plan alias_shadowing, step 2 of 3: orders: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @region  string
--   ?2   key.id   int32
/* datamove alias_shadowing:orders.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `customer_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`channel` AS CHAR)), ':', CAST(`b`.`channel` AS CHAR)), 'N') AS `channel`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `total`
FROM (
  SELECT `s`.`id`, `s`.`customer_id`, `s`.`channel`, `s`.`total`
  FROM `legacy`.`orders` AS `s`
  WHERE (`s`.`customer_id` IN (SELECT `s_1`.`id` FROM `legacy`.`customers` AS `s_1` WHERE (`s_1`.`region` = ?) AND (`s_1`.`id` IN (SELECT `s_2`.`customer_id` FROM `legacy`.`orders` AS `s_2` WHERE `s_2`.`id` = `s`.`id`))))
    AND `s`.`id` = ?
) AS `b`
