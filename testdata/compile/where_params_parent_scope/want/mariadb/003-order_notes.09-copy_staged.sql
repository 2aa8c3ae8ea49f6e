-- datamove plan region_move, step 3 of 3: order_notes: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into order_notes, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove region_move:order_notes.copy_staged */
INSERT INTO `crm`.`order_notes` (`id`, `order_id`, `body`)
SELECT `b`.`id`, `b`.`order_id`, `b`.`body`
FROM `datamove_stage_order_notes` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`order_notes`.`id` <=> VALUES(`id`), `crm`.`order_notes`.`id`, NULL),
  `order_id` = VALUES(`order_id`),
  `body` = VALUES(`body`)
