-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into subscriptions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.copy_staged */
INSERT INTO `crm`.`subscriptions` (`id`, `customer_id`, `product_id`)
SELECT `b`.`id`, `b`.`customer_id`, `b`.`product_id`
FROM `datamove_stage_subscriptions` AS `b`
WHERE NOT `b`.`dm_deleted`
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`subscriptions`.`id` <=> VALUES(`id`), `crm`.`subscriptions`.`id`, NULL),
  `customer_id` = VALUES(`customer_id`),
  `product_id` = VALUES(`product_id`)
