-- datamove plan alias_shadowing, step 3 of 3: order_notes: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into order_notes, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:order_notes.copy */
INSERT INTO `crm`.`order_notes` (`id`, `order_id`, `body`)
SELECT `b`.`id`, `b`.`order_id`, `b`.`body`
FROM (
  SELECT `s`.`id`, `s`.`order_id`, `s`.`body`
  FROM `legacy`.`order_notes` AS `s`
  WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `s_1` INNER JOIN `legacy`.`customers` AS `t` ON `t`.`id` = `s_1`.`customer_id` WHERE (`s_1`.`id` = `s`.`order_id`) AND (`t`.`region` = ?)))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`order_notes`.`id` <=> VALUES(`id`), `crm`.`order_notes`.`id`, NULL),
  `order_id` = VALUES(`order_id`),
  `body` = VALUES(`body`)
