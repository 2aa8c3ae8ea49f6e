-- datamove plan bank_tenant, step 1 of 2: accounts: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   ?1   @tenant_id  number
/* datamove bank_tenant:accounts.extent */
SELECT MIN(`s`.`id`) AS `min`, MAX(`s`.`id`) AS `max`
FROM `legacy`.`accounts` AS `s`
WHERE (`s`.`tenant_id` = ?)
