-- datamove plan alias_shadowing, step 2 of 3: orders: count_target
-- Runs on the target (postgres).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   $1   @region  string
/* datamove alias_shadowing:orders.count_target */
SELECT COUNT(*) AS "row_count"
FROM "crm"."orders" AS "t"
WHERE (EXISTS (SELECT 1 FROM "crm"."customers" AS "t_1" WHERE ("t_1"."id" = "t"."customer_id") AND ("t_1"."region" = CAST($1 AS text))))
