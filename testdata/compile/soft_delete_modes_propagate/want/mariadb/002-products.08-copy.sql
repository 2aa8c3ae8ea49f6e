-- datamove plan crm_soft_deletes, step 2 of 3: products: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into products, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:products.copy */
INSERT INTO `crm`.`products` (`id`, `sku`)
SELECT `b`.`id`, `b`.`sku`
FROM (
  SELECT `s`.`id`, `s`.`sku`
  FROM `legacy`.`products` AS `s`
  WHERE (NOT `s`.`is_discontinued`)
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`products`.`id` <=> VALUES(`id`), `crm`.`products`.`id`, NULL),
  `sku` = VALUES(`sku`)
