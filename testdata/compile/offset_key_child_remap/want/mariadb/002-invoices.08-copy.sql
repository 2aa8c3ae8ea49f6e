-- datamove plan shard_merge, step 2 of 2: invoices: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into invoices, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   @id_offset  number
--   ?2   @id_offset  number
--   ?3   lo_open     bool
--   ?4   lo.id       int32
--   ?5   hi_open     bool
--   ?6   hi.id       int32
/* datamove shard_merge:invoices.copy */
INSERT INTO `main`.`invoices` (`id`, `account_id`, `amount`, `issued_on`)
SELECT `b`.`id` + ?, `b`.`account_id` + ?, `b`.`amount_cents` / 100, `b`.`issued_on`
FROM (
  SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`issued_on`
  FROM `shard`.`invoices` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`main`.`invoices`.`id` <=> VALUES(`id`), `main`.`invoices`.`id`, NULL),
  `account_id` = VALUES(`account_id`),
  `amount` = VALUES(`amount`),
  `issued_on` = VALUES(`issued_on`)
