-- datamove plan tenant_move, step 2 of 2: customers: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove tenant_move:customers.read */
SELECT `s`.`id`, `s`.`store_id`, `s`.`email`, `s`.`created_at`, `s`.`balance_cents`
FROM `legacy`.`customers` AS `s`
WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
