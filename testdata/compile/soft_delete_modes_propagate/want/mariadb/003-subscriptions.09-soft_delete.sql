-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: soft_delete
-- Runs on the target (mariadb).
-- Deletes from the target the rows of the batch that the source marks soft-deleted (delete mode
-- "delete").
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:subscriptions.soft_delete */
DELETE `t` FROM `crm`.`subscriptions` AS `t`
WHERE (`t`.`id`) IN (
  SELECT `b`.`id`
  FROM (
    SELECT `s`.`id`, `s`.`customer_id`, `s`.`product_id`, `s`.`cancelled` AS `dm_deleted`
    FROM `legacy`.`subscriptions` AS `s`
    WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  WHERE `b`.`dm_deleted`
)
