-- datamove plan tenant_move, step 1 of 2: stores: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove tenant_move:stores.read */
SELECT `s`.`id`, `s`.`name`, `s`.`tenant_id`
FROM `legacy`.`stores` AS `s`
WHERE (`s`.`tenant_id` = ?)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
