-- datamove plan orders_copy, throttle target_busy: throttle
-- Runs on the target (postgres).
-- While its first column is true, the run pauses; the runtime asks every 5s.
-- Binds nothing.
/* datamove orders_copy:target_busy.throttle */
SELECT COUNT(*) > 100 FROM "shop"."job_queue" WHERE "state" = 'running'
