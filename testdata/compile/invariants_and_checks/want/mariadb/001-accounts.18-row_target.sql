-- datamove plan bank_tenant, step 1 of 2: accounts: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   key.id      int32
/* datamove bank_tenant:accounts.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `tenant_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `balance`
FROM `bank`.`accounts` AS `t`
WHERE (`t`.`tenant_id` = ?)
  AND `t`.`id` = ?
