-- datamove plan alias_shadowing, step 1 of 3: customers: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @region  string
/* datamove alias_shadowing:customers.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."customers" AS "s"
WHERE ("s"."region" = CAST($1 AS text))
