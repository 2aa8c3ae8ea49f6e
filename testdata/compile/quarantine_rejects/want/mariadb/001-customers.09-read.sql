-- datamove plan crm_cleanup, step 1 of 3: customers: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_cleanup:customers.read */
SELECT `s`.`id`, `s`.`name`, `s`.`email`, `s`.`credit`, `s`.`balance`, `s`.`visits`, `s`.`country`
FROM `legacy`.`customers` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
