-- datamove plan warehouse_move, step 3 of 3: movements: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into movements, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   lo_open        bool
--   ?3   lo.id          int64
--   ?4   hi_open        bool
--   ?5   hi.id          int64
/* datamove warehouse_move:movements.copy */
INSERT INTO `wms`.`movements` (`id`, `stock_id`, `delta`, `moved_at`)
SELECT `b`.`id`, `b`.`stock_id`, `b`.`delta`, `b`.`moved_at`
FROM (
  SELECT `s`.`id`, `s`.`stock_id`, `s`.`delta`, `s`.`moved_at`
  FROM `legacy`.`stock_movements` AS `s`
  WHERE (`s`.`stock_id` IN (SELECT `id` FROM `legacy`.`stock` WHERE `warehouse_id` = ?))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`wms`.`movements`.`id` <=> VALUES(`id`), `wms`.`movements`.`id`, NULL),
  `stock_id` = VALUES(`stock_id`),
  `delta` = VALUES(`delta`),
  `moved_at` = VALUES(`moved_at`)
