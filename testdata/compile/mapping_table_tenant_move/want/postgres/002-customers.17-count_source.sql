-- datamove plan tenant_move, step 2 of 2: customers: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @tenant_id  number
/* datamove tenant_move:customers.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."customers" AS "s"
WHERE (("s"."store_id" IN (SELECT "id" FROM "legacy"."stores" WHERE "tenant_id" = CAST($1 AS bigint))) AND (NOT ("s"."deleted_at" IS NOT NULL)))
