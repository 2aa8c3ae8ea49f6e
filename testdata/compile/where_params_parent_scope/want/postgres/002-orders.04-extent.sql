-- datamove plan region_move, step 2 of 3: orders: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   $1   @region            string
--   $2   @active_only       bool
--   $3   @since             timestamp
--   $4   @excluded_channel  string
/* datamove region_move:orders.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."orders" AS "s"
WHERE (("s"."customer_id" IN (SELECT "id" FROM "legacy"."customers" WHERE (("region" = CAST($1 AS text)) AND ("is_active" OR (NOT CAST($2 AS boolean)))) AND ("created_at" >= CAST($3 AS timestamp(6) without time zone)))) AND ("s"."channel" <> CAST($4 AS text)))
