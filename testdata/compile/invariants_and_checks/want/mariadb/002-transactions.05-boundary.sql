-- datamove plan bank_tenant, step 2 of 2: transactions: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   batch_size  number
/* datamove bank_tenant:transactions.boundary */
SELECT `b`.`id`
FROM (
  SELECT `s`.`id`
  FROM `legacy`.`transactions` AS `s`
  WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
    AND (? OR `s`.`id` > ?)
  ORDER BY `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`id` DESC
LIMIT 1
