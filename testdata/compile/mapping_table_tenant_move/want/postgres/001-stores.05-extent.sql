-- datamove plan tenant_move, step 1 of 2: stores: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   $1   @tenant_id  number
/* datamove tenant_move:stores.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."stores" AS "s"
WHERE ("s"."tenant_id" = CAST($1 AS bigint))
