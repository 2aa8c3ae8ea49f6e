-- datamove plan crm_cleanup, step 1 of 3: customers: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove crm_cleanup:customers.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`email` AS CHAR)), ':', CAST(`b`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`credit` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`credit` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `credit`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`balance`, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`balance`, 2) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `balance`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`visits` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`visits` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `visits`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(COALESCE(`b`.`country`, 'US') AS CHAR)), ':', CAST(COALESCE(`b`.`country`, 'US') AS CHAR)), 'N') AS `country`
FROM (
  SELECT `s`.`id`, `s`.`name`, `s`.`email`, `s`.`credit`, `s`.`balance`, `s`.`visits`, `s`.`country`
  FROM `legacy`.`customers` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
