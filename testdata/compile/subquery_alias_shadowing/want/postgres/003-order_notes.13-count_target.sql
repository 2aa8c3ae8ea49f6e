-- datamove plan alias_shadowing, step 3 of 3: order_notes: count_target
-- Runs on the target (postgres).
-- Counts the target rows in the step's scope (target_where).
-- Binds:
--   $1   @region  string
/* datamove alias_shadowing:order_notes.count_target */
SELECT COUNT(*) AS "row_count"
FROM "crm"."order_notes" AS "t"
WHERE (EXISTS (SELECT 1 FROM "crm"."orders" AS "t_1" INNER JOIN "crm"."customers" AS "c" ON "c"."id" = "t_1"."customer_id" WHERE ("t_1"."id" = "t"."order_id") AND ("c"."region" = CAST($1 AS text))))
