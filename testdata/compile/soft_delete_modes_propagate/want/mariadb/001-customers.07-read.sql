-- datamove plan crm_soft_deletes, step 1 of 3: customers: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:customers.read */
SELECT `s`.`id`, `s`.`email`, (((`s`.`deleted_at` IS NOT NULL) OR (`s`.`status` = 'closed')) IS TRUE) AS `dm_deleted`
FROM `legacy`.`customers` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
