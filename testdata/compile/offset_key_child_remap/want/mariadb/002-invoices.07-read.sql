-- datamove plan shard_merge, step 2 of 2: invoices: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove shard_merge:invoices.read */
SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`issued_on`
FROM `shard`.`invoices` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
