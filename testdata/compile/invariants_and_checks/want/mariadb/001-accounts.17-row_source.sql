-- datamove plan bank_tenant, step 1 of 2: accounts: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   key.id      int32
/* datamove bank_tenant:accounts.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `tenant_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`email` AS CHAR)), ':', CAST(`b`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`balance_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`balance_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `balance`
FROM (
  SELECT `s`.`id`, `s`.`tenant_id`, `s`.`email`, `s`.`balance_cents`
  FROM `legacy`.`accounts` AS `s`
  WHERE (`s`.`tenant_id` = ?)
    AND `s`.`id` = ?
) AS `b`
