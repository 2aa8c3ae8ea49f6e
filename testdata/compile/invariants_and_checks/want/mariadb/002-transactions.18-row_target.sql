-- datamove plan bank_tenant, step 2 of 2: transactions: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   key.id      int64
/* datamove bank_tenant:transactions.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`account_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`account_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `account_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`amount` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`amount` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `amount`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `posted_at`
FROM `bank`.`transactions` AS `t`
WHERE (`t`.`account_id` IN (SELECT `id` FROM `bank`.`accounts` WHERE `tenant_id` = ?))
  AND `t`.`id` = ?
