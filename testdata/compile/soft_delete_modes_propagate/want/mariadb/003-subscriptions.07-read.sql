-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:subscriptions.read */
SELECT `s`.`id`, `s`.`customer_id`, `s`.`product_id`, `s`.`cancelled` AS `dm_deleted`
FROM `legacy`.`subscriptions` AS `s`
WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
