-- datamove plan tenant_move, step 1 of 2: stores: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @tenant_id  number
/* datamove tenant_move:stores.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."stores" AS "s"
WHERE ("s"."tenant_id" = CAST($1 AS bigint))
