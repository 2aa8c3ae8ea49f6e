-- datamove plan tenant_move, step 2 of 2: customers: prune
-- Runs on the target (mariadb).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
--   ?6   @tenant_id  number
--   ?7   lo_open     bool
--   ?8   lo.id       int32
--   ?9   hi_open     bool
--   ?10  hi.id       int32
/* datamove tenant_move:customers.prune */
DELETE `t` FROM `eu`.`customers` AS `t`
WHERE (`t`.`tenant_id` = ?)
  AND (? OR `t`.`legacy_id` > ?)
  AND (? OR `t`.`legacy_id` <= ?)
  AND NOT EXISTS (
  SELECT 1
  FROM (
    SELECT `s`.`id`, `s`.`store_id`, `s`.`email`, `s`.`created_at`, `s`.`balance_cents`
    FROM `legacy`.`customers` AS `s`
    WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  WHERE `b`.`id` = `t`.`legacy_id`
)
