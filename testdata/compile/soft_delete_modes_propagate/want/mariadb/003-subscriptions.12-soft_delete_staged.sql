-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: soft_delete_staged
-- Runs on the target (mariadb).
-- Deletes from the target the rows of the batch that the source marks soft-deleted (delete mode
-- "delete").
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.soft_delete_staged */
DELETE `t` FROM `crm`.`subscriptions` AS `t`
WHERE (`t`.`id`) IN (
  SELECT `b`.`id`
  FROM `datamove_stage_subscriptions` AS `b`
  WHERE `b`.`dm_deleted`
)
