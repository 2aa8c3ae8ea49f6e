-- datamove plan alias_shadowing, step 1 of 3: customers: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:customers.read */
SELECT `s`.`id`, `s`.`region`, `s`.`is_active`, `s`.`name`, `s`.`created_at`
FROM `legacy`.`customers` AS `s`
WHERE (`s`.`region` = ?)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
