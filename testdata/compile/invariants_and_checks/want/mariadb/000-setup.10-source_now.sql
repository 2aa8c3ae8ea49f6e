-- datamove plan bank_tenant, setup: source_now
-- Runs on the source (mariadb).
-- Reads the source server's clock in UTC: the safety lag caps batches at this time minus the lag.
-- Binds nothing.
/* datamove bank_tenant:source_now */
SELECT UTC_TIMESTAMP(6) AS `now`
