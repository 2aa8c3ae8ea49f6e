-- datamove plan bank_tenant, step 2 of 2: transactions: batch_count
-- Runs on the source (mariadb).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   hi_open     bool
--   ?5   hi.id       int64
/* datamove bank_tenant:transactions.batch_count */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`transactions` AS `s`
WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
