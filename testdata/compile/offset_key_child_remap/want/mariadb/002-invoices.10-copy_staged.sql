-- datamove plan shard_merge, step 2 of 2: invoices: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into invoices, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @id_offset  number
--   ?2   @id_offset  number
/* datamove shard_merge:invoices.copy_staged */
INSERT INTO `main`.`invoices` (`id`, `account_id`, `amount`, `issued_on`)
SELECT `b`.`id` + ?, `b`.`account_id` + ?, `b`.`amount_cents` / 100, `b`.`issued_on`
FROM `datamove_stage_invoices` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`main`.`invoices`.`id` <=> VALUES(`id`), `main`.`invoices`.`id`, NULL),
  `account_id` = VALUES(`account_id`),
  `amount` = VALUES(`amount`),
  `issued_on` = VALUES(`issued_on`)
