-- datamove plan crm_soft_deletes, step 2 of 3: products: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:products.read */
SELECT `s`.`id`, `s`.`sku`
FROM `legacy`.`products` AS `s`
WHERE (NOT `s`.`is_discontinued`)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
