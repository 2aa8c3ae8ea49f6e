-- datamove plan bank_tenant, step 1 of 2: accounts: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove bank_tenant:accounts.copy */
INSERT INTO `bank`.`accounts` (`id`, `tenant_id`, `email`, `balance`)
SELECT `b`.`id`, `b`.`tenant_id`, `b`.`email`, ROUND(`b`.`balance_cents` / 100, 2)
FROM (
  SELECT `s`.`id`, `s`.`tenant_id`, `s`.`email`, `s`.`balance_cents`
  FROM `legacy`.`accounts` AS `s`
  WHERE (`s`.`tenant_id` = ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`bank`.`accounts`.`id` <=> VALUES(`id`), `bank`.`accounts`.`id`, NULL),
  `tenant_id` = VALUES(`tenant_id`),
  `email` = VALUES(`email`),
  `balance` = VALUES(`balance`)
