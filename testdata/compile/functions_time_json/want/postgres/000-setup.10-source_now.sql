-- datamove plan shipment_times, setup: source_now
-- Runs on the source (postgres).
-- Reads the source server's clock in UTC: the safety lag caps batches at this time minus the lag.
-- Binds nothing.
/* datamove shipment_times:source_now */
SELECT CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(6) without time zone) AS "now"
