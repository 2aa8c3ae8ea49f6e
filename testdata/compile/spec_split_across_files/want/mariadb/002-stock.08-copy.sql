-- datamove plan warehouse_move, step 2 of 3: stock: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into stock_levels, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   lo_open        bool
--   ?3   lo.id          int32
--   ?4   hi_open        bool
--   ?5   hi.id          int32
/* datamove warehouse_move:stock.copy */
INSERT INTO `wms`.`stock_levels` (`id`, `warehouse_id`, `sku`, `on_hand`)
SELECT `b`.`id`, `b`.`warehouse_id`, `b`.`sku`, `b`.`qty`
FROM (
  SELECT `s`.`id`, `s`.`warehouse_id`, `s`.`sku`, `s`.`qty`
  FROM `legacy`.`stock` AS `s`
  WHERE (`s`.`warehouse_id` = ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`wms`.`stock_levels`.`id` <=> VALUES(`id`), `wms`.`stock_levels`.`id`, NULL),
  `warehouse_id` = VALUES(`warehouse_id`),
  `sku` = VALUES(`sku`),
  `on_hand` = VALUES(`on_hand`)
