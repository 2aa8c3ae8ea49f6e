-- datamove plan warehouse_move, step 2 of 3: stock: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   lo_open        bool
--   ?3   lo.id          int32
--   ?4   hi_open        bool
--   ?5   hi.id          int32
/* datamove warehouse_move:stock.read */
SELECT `s`.`id`, `s`.`warehouse_id`, `s`.`sku`, `s`.`qty`
FROM `legacy`.`stock` AS `s`
WHERE (`s`.`warehouse_id` = ?)
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
