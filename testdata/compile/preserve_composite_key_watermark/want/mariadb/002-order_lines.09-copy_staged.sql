-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into order_lines, mapped per the spec; a row
-- whose (order_id, line_no) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove orders_until_cutoff:order_lines.copy_staged */
INSERT INTO `eu`.`order_lines` (`order_id`, `line_no`, `sku`, `quantity`)
SELECT `b`.`order_id`, `b`.`line_no`, `b`.`sku`, `b`.`qty`
FROM `datamove_stage_order_lines` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `order_id` = IF(`eu`.`order_lines`.`order_id` <=> VALUES(`order_id`) AND `eu`.`order_lines`.`line_no` <=> VALUES(`line_no`), `eu`.`order_lines`.`order_id`, NULL),
  `sku` = VALUES(`sku`),
  `quantity` = VALUES(`quantity`)
