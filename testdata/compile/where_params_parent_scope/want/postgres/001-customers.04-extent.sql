-- datamove plan region_move, step 1 of 3: customers: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
/* datamove region_move:customers.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."customers" AS "s"
WHERE ((("s"."region" = CAST($1 AS text)) AND ("s"."is_active" OR (NOT CAST($2 AS boolean)))) AND ("s"."created_at" >= CAST($3 AS timestamp(6) without time zone)))
