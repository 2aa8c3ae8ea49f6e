-- datamove plan warehouse_move, step 3 of 3: movements: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   lo_open        bool
--   ?3   lo.id          int64
--   ?4   hi_open        bool
--   ?5   hi.id          int64
/* datamove warehouse_move:movements.read */
SELECT `s`.`id`, `s`.`stock_id`, `s`.`delta`, `s`.`moved_at`
FROM `legacy`.`stock_movements` AS `s`
WHERE (`s`.`stock_id` IN (SELECT `id` FROM `legacy`.`stock` WHERE `warehouse_id` = ?))
  AND (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
