-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into order_lines, mapped per the spec; a row
-- whose (order_id, line_no) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @cutoff      timestamp
--   ?2   lo_open      bool
--   ?3   lo.order_id  int32
--   ?4   lo.order_id  int32
--   ?5   lo.line_no   int16
--   ?6   hi_open      bool
--   ?7   hi.order_id  int32
--   ?8   hi.order_id  int32
--   ?9   hi.line_no   int16
/* datamove orders_until_cutoff:order_lines.copy */
INSERT INTO `eu`.`order_lines` (`order_id`, `line_no`, `sku`, `quantity`)
SELECT `b`.`order_id`, `b`.`line_no`, `b`.`sku`, `b`.`qty`
FROM (
  SELECT `s`.`order_id`, `s`.`line_no`, `s`.`sku`, `s`.`qty`
  FROM `legacy`.`order_lines` AS `s`
  WHERE (`s`.`order_id` IN (SELECT `id` FROM `legacy`.`orders` WHERE `updated_at` <= ?))
    AND (? OR (`s`.`order_id` > ? OR (`s`.`order_id` = ? AND `s`.`line_no` > ?)))
    AND (? OR (`s`.`order_id` < ? OR (`s`.`order_id` = ? AND `s`.`line_no` <= ?)))
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `order_id` = IF(`eu`.`order_lines`.`order_id` <=> VALUES(`order_id`) AND `eu`.`order_lines`.`line_no` <=> VALUES(`line_no`), `eu`.`order_lines`.`order_id`, NULL),
  `sku` = VALUES(`sku`),
  `quantity` = VALUES(`quantity`)
