-- datamove plan alias_shadowing, step 2 of 3: orders: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @region  string
/* datamove alias_shadowing:orders.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."orders" AS "s"
WHERE ("s"."customer_id" IN (SELECT "s_1"."id" FROM "legacy"."customers" AS "s_1" WHERE ("s_1"."region" = CAST($1 AS text)) AND ("s_1"."id" IN (SELECT "s_2"."customer_id" FROM "legacy"."orders" AS "s_2" WHERE "s_2"."id" = "s"."id"))))
