-- datamove plan quoted_names, check order_totals: check_source
-- Runs on the source (postgres).
-- Runs the spec's order_totals query on the source.
-- Binds:
--   $1   @grp  string
/* datamove quoted_names:order_totals.check_source */
SELECT SUM("Total Amount") FROM "legacy"."order" WHERE ("group" = CAST($1 AS text)) OR "select"
