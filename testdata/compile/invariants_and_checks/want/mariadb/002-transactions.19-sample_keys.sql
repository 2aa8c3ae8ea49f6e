-- datamove plan bank_tenant, step 2 of 2: transactions: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @tenant_id   number
--   ?2   sample_size  number
/* datamove bank_tenant:transactions.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`transactions` AS `s`
WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
ORDER BY RAND()
LIMIT ?
