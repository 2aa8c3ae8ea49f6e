-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: prune
-- Runs on the target (mariadb).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   ?1   @source_system  string
--   ?2   lo_open         bool
--   ?3   lo.id           int32
--   ?4   hi_open         bool
--   ?5   hi.id           int32
--   ?6   lo_open         bool
--   ?7   lo.id           int32
--   ?8   hi_open         bool
--   ?9   hi.id           int32
/* datamove crm_soft_deletes:subscriptions.prune */
DELETE `t` FROM `crm`.`subscriptions` AS `t`
WHERE (`t`.`customer_id` IN (SELECT `id` FROM `crm`.`customers` WHERE `source_system` = ?))
  AND (? OR `t`.`id` > ?)
  AND (? OR `t`.`id` <= ?)
  AND NOT EXISTS (
  SELECT 1
  FROM (
    SELECT `s`.`id`, `s`.`customer_id`, `s`.`product_id`, `s`.`cancelled` AS `dm_deleted`
    FROM `legacy`.`subscriptions` AS `s`
    WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  WHERE `b`.`id` = `t`.`id`
)
