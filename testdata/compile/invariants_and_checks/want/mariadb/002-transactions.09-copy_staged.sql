-- datamove plan bank_tenant, step 2 of 2: transactions: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into transactions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove bank_tenant:transactions.copy_staged */
INSERT INTO `bank`.`transactions` (`id`, `account_id`, `amount`, `posted_at`)
SELECT `b`.`id`, `b`.`account_id`, ROUND(`b`.`amount_cents` / 100, 2), `b`.`posted_at`
FROM `datamove_stage_transactions` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`bank`.`transactions`.`id` <=> VALUES(`id`), `bank`.`transactions`.`id`, NULL),
  `account_id` = VALUES(`account_id`),
  `amount` = VALUES(`amount`),
  `posted_at` = VALUES(`posted_at`)
