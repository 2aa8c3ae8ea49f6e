-- datamove plan region_move, step 3 of 3: order_notes: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into order_notes, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @excluded_channel  string
--   ?2   @region            string
--   ?3   @active_only       bool
--   ?4   @since             timestamp
--   ?5   lo_open            bool
--   ?6   lo.id              int32
--   ?7   hi_open            bool
--   ?8   hi.id              int32
/* datamove region_move:order_notes.copy */
INSERT INTO `crm`.`order_notes` (`id`, `order_id`, `body`)
SELECT `b`.`id`, `b`.`order_id`, `b`.`body`
FROM (
  SELECT `s`.`id`, `s`.`order_id`, `s`.`body`
  FROM `legacy`.`order_notes` AS `s`
  WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `o` INNER JOIN `legacy`.`customers` AS `c` ON `c`.`id` = `o`.`customer_id` WHERE ((((`o`.`id` = `s`.`order_id`) AND (`o`.`channel` <> ?)) AND (`c`.`region` = ?)) AND (`c`.`is_active` OR (NOT ?))) AND (`c`.`created_at` >= ?)))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`order_notes`.`id` <=> VALUES(`id`), `crm`.`order_notes`.`id`, NULL),
  `order_id` = VALUES(`order_id`),
  `body` = VALUES(`body`)
