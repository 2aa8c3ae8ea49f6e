-- datamove plan bank_tenant, step 2 of 2: transactions: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   key.id      int64
/* datamove bank_tenant:transactions.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`account_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`account_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `account_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`amount_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`amount_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `amount`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `posted_at`
FROM (
  SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`posted_at`
  FROM `legacy`.`transactions` AS `s`
  WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
    AND `s`.`id` = ?
) AS `b`
