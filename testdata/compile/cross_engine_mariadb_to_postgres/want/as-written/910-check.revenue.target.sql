-- datamove plan shop_to_postgres, check revenue: check_target
-- Runs on the target (postgres).
-- Runs the spec's revenue query on the target.
-- Binds nothing.
/* datamove shop_to_postgres:revenue.check_target */
SELECT SUM("total") FROM "shop"."orders"
