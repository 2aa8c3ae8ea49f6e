-- datamove plan shard_merge, step 2 of 2: invoices: prune
-- Runs on the target (mariadb).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   ?1   @id_offset  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   @id_offset  number
--   ?5   hi_open     bool
--   ?6   hi.id       int32
--   ?7   @id_offset  number
--   ?8   lo_open     bool
--   ?9   lo.id       int32
--   ?10  hi_open     bool
--   ?11  hi.id       int32
--   ?12  @id_offset  number
/* datamove shard_merge:invoices.prune */
DELETE `t` FROM `main`.`invoices` AS `t`
WHERE (`t`.`id` > ?)
  AND (? OR `t`.`id` > (? + ?))
  AND (? OR `t`.`id` <= (? + ?))
  AND NOT EXISTS (
  SELECT 1
  FROM (
    SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`issued_on`
    FROM `shard`.`invoices` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  WHERE `b`.`id` = (`t`.`id` - ?)
)
