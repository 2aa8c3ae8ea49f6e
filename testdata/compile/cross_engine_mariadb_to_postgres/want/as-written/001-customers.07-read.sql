-- datamove plan shop_to_postgres, step 1 of 2: customers: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @since   timestamp
--   ?2   lo_open  bool
--   ?3   lo.id    int32 unsigned
--   ?4   hi_open  bool
--   ?5   hi.id    int32 unsigned
/* datamove shop_to_postgres:customers.read */
SELECT `s`.`id`, `s`.`email`, `s`.`is_vip`, `s`.`tier`, `s`.`created_at`
FROM `legacy`.`customers` AS `s`
WHERE (`s`.`created_at` >= ?)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
