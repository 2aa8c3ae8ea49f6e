-- datamove plan crm_soft_deletes, step 2 of 3: products: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into products, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove crm_soft_deletes:products.copy_staged */
INSERT INTO `crm`.`products` (`id`, `sku`)
SELECT `b`.`id`, `b`.`sku`
FROM `datamove_stage_products` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`products`.`id` <=> VALUES(`id`), `crm`.`products`.`id`, NULL),
  `sku` = VALUES(`sku`)
