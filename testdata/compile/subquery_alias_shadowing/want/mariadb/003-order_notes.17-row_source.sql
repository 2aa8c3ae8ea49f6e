-- datamove plan alias_shadowing, step 3 of 3: order_notes: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @region  string
--   ?2   key.id   int32
/* datamove alias_shadowing:order_notes.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `order_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`body` AS CHAR)), ':', CAST(`b`.`body` AS CHAR)), 'N') AS `body`
FROM (
  SELECT `s`.`id`, `s`.`order_id`, `s`.`body`
  FROM `legacy`.`order_notes` AS `s`
  WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `s_1` INNER JOIN `legacy`.`customers` AS `t` ON `t`.`id` = `s_1`.`customer_id` WHERE (`s_1`.`id` = `s`.`order_id`) AND (`t`.`region` = ?)))
    AND `s`.`id` = ?
) AS `b`
