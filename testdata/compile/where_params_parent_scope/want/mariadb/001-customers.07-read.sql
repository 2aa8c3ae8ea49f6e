-- datamove plan region_move, step 1 of 3: customers: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @region       string
--   ?2   @active_only  bool
--   ?3   @since        timestamp
--   ?4   lo_open       bool
--   ?5   lo.id         int32
--   ?6   hi_open       bool
--   ?7   hi.id         int32
/* datamove region_move:customers.read */
SELECT `s`.`id`, `s`.`region`, `s`.`is_active`, `s`.`name`, `s`.`created_at`
FROM `legacy`.`customers` AS `s`
WHERE (((`s`.`region` = ?) AND (`s`.`is_active` OR (NOT ?))) AND (`s`.`created_at` >= ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
