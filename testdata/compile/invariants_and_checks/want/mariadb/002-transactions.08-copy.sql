-- datamove plan bank_tenant, step 2 of 2: transactions: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into transactions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   hi_open     bool
--   ?5   hi.id       int64
/* datamove bank_tenant:transactions.copy */
INSERT INTO `bank`.`transactions` (`id`, `account_id`, `amount`, `posted_at`)
SELECT `b`.`id`, `b`.`account_id`, ROUND(`b`.`amount_cents` / 100, 2), `b`.`posted_at`
FROM (
  SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`posted_at`
  FROM `legacy`.`transactions` AS `s`
  WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`bank`.`transactions`.`id` <=> VALUES(`id`), `bank`.`transactions`.`id`, NULL),
  `account_id` = VALUES(`account_id`),
  `amount` = VALUES(`amount`),
  `posted_at` = VALUES(`posted_at`)
