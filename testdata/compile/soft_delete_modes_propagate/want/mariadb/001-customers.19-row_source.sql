-- datamove plan crm_soft_deletes, step 1 of 3: customers: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @source_system  string
--   ?2   @source_system  string
--   ?3   key.id          int32
/* datamove crm_soft_deletes:customers.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`email` AS CHAR)), ':', CAST(`b`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`dm_deleted` THEN '1' WHEN NOT `b`.`dm_deleted` THEN '0' END), ':', CASE WHEN `b`.`dm_deleted` THEN '1' WHEN NOT `b`.`dm_deleted` THEN '0' END), 'N') AS `is_deleted`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(? AS CHAR)), ':', CAST(? AS CHAR)), 'N') AS `source_system`
FROM (
  SELECT `s`.`id`, `s`.`email`, (((`s`.`deleted_at` IS NOT NULL) OR (`s`.`status` = 'closed')) IS TRUE) AS `dm_deleted`
  FROM `legacy`.`customers` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
