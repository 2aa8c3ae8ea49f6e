-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into subscriptions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:subscriptions.copy */
INSERT INTO `crm`.`subscriptions` (`id`, `customer_id`, `product_id`)
SELECT `b`.`id`, `b`.`customer_id`, `b`.`product_id`
FROM (
  SELECT `s`.`id`, `s`.`customer_id`, `s`.`product_id`, `s`.`cancelled` AS `dm_deleted`
  FROM `legacy`.`subscriptions` AS `s`
  WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
    AND (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE NOT `b`.`dm_deleted`
ON DUPLICATE KEY UPDATE `id` = IF(`crm`.`subscriptions`.`id` <=> VALUES(`id`), `crm`.`subscriptions`.`id`, NULL),
  `customer_id` = VALUES(`customer_id`),
  `product_id` = VALUES(`product_id`)
