-- datamove plan orders_copy, setup: source_now
-- Runs on the source (mariadb).
-- Reads the source server's clock in UTC: the safety lag caps batches at this time minus the lag.
-- Binds nothing.
/* datamove orders_copy:source_now */
SELECT UTC_TIMESTAMP(6) AS `now`
