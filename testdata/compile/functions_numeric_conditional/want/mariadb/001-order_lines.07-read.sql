-- datamove plan order_metrics, step 1 of 1: order_lines: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove order_metrics:order_lines.read */
SELECT `s`.`id`, `s`.`qty`, `s`.`priority`, `s`.`unit_price`, `s`.`discount`, `s`.`weight_g`, `s`.`status`, `s`.`sku`, `s`.`score`
FROM `legacy`.`order_lines` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
