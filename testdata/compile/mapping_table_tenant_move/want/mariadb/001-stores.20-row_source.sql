-- datamove plan tenant_move, step 1 of 2: stores: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   key.id      int32
/* datamove tenant_move:stores.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `tenant_id`
FROM (
  SELECT `s`.`id`, `s`.`name`, `s`.`tenant_id`
  FROM `legacy`.`stores` AS `s`
  WHERE (`s`.`tenant_id` = ?)
    AND `s`.`id` = ?
) AS `b`
