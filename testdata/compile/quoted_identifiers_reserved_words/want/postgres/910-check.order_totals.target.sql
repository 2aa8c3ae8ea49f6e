-- datamove plan quoted_names, check order_totals: check_target
-- Runs on the target (postgres).
-- Runs the spec's order_totals query on the target.
-- Binds:
--   $1   @grp  string
/* datamove quoted_names:order_totals.check_target */
SELECT SUM("Total") FROM "shop"."Orders" WHERE ("group" = CAST($1 AS text)) OR "select"
