-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: prune_staged
-- Runs on the target (mariadb).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   ?1   @source_system  string
--   ?2   lo_open         bool
--   ?3   lo.id           int32
--   ?4   hi_open         bool
--   ?5   hi.id           int32
/* datamove crm_soft_deletes:subscriptions.prune_staged */
DELETE `t` FROM `crm`.`subscriptions` AS `t`
WHERE (`t`.`customer_id` IN (SELECT `id` FROM `crm`.`customers` WHERE `source_system` = ?))
  AND (? OR `t`.`id` > ?)
  AND (? OR `t`.`id` <= ?)
  AND NOT EXISTS (
  SELECT 1
  FROM `datamove_stage_subscriptions` AS `b`
  WHERE `b`.`id` = `t`.`id`
)
