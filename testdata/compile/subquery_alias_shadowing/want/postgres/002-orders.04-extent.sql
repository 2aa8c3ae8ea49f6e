-- datamove plan alias_shadowing, step 2 of 3: orders: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds:
--   $1   @region  string
/* datamove alias_shadowing:orders.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."orders" AS "s"
WHERE ("s"."customer_id" IN (SELECT "s_1"."id" FROM "legacy"."customers" AS "s_1" WHERE ("s_1"."region" = CAST($1 AS text)) AND ("s_1"."id" IN (SELECT "s_2"."customer_id" FROM "legacy"."orders" AS "s_2" WHERE "s_2"."id" = "s"."id"))))
