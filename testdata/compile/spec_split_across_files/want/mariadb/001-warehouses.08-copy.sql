-- datamove plan warehouse_move, step 1 of 3: warehouses: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into warehouses, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   lo_open        bool
--   ?3   lo.id          int32
--   ?4   hi_open        bool
--   ?5   hi.id          int32
/* datamove warehouse_move:warehouses.copy */
INSERT INTO `wms`.`warehouses` (`id`, `name`)
SELECT `b`.`id`, `b`.`name`
FROM (
  SELECT `s`.`id`, `s`.`name`
  FROM `legacy`.`warehouses` AS `s`
  WHERE (`s`.`id` = ?)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`wms`.`warehouses`.`id` <=> VALUES(`id`), `wms`.`warehouses`.`id`, NULL),
  `name` = VALUES(`name`)
