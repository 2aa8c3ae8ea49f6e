-- datamove plan orders_copy, throttle replica_lag: throttle
-- Runs on the source (postgres).
-- The source's replicas fall more than max_lag seconds behind. While its first column is true, the
-- run pauses; the runtime asks every 10s.
-- Binds:
--   $1   @max_lag  number
/* datamove orders_copy:replica_lag.throttle */
SELECT COALESCE(MAX("lag_seconds"), 0) > CAST($1 AS bigint) FROM "legacy"."replica_status"
