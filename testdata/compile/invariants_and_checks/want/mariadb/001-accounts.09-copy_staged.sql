-- datamove plan bank_tenant, step 1 of 2: accounts: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove bank_tenant:accounts.copy_staged */
INSERT INTO `bank`.`accounts` (`id`, `tenant_id`, `email`, `balance`)
SELECT `b`.`id`, `b`.`tenant_id`, `b`.`email`, ROUND(`b`.`balance_cents` / 100, 2)
FROM `datamove_stage_accounts` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`bank`.`accounts`.`id` <=> VALUES(`id`), `bank`.`accounts`.`id`, NULL),
  `tenant_id` = VALUES(`tenant_id`),
  `email` = VALUES(`email`),
  `balance` = VALUES(`balance`)
