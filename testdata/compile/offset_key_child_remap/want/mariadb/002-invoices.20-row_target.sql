-- datamove plan shard_merge, step 2 of 2: invoices: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @id_offset  number
--   ?2   @id_offset  number
--   ?3   @id_offset  number
--   ?4   @id_offset  number
--   ?5   @id_offset  number
--   ?6   @id_offset  number
--   ?7   key.id      int32
--   ?8   @id_offset  number
/* datamove shard_merge:invoices.row_target */
SELECT `t`.`id` - ? AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` - ? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` - ? AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`account_id` - ? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`account_id` - ? AS DECIMAL(20,0)) AS CHAR)), 'N') AS `account_id`,
  COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`amount` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`amount` AS DECIMAL(65,30)) AS CHAR)))), 'N') AS `amount`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`issued_on`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`issued_on`, '%Y-%m-%d')), 'N') AS `issued_on`
FROM `main`.`invoices` AS `t`
WHERE (`t`.`id` > ?)
  AND `t`.`id` = (? + ?)
