-- datamove plan bank_tenant, step 2 of 2: transactions: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   hi_open     bool
--   ?5   hi.id       int64
/* datamove bank_tenant:transactions.read */
SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`posted_at`
FROM `legacy`.`transactions` AS `s`
WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
