-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove crm_soft_deletes:subscriptions.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."subscriptions" AS "s"
WHERE ("s"."product_id" IN (SELECT "id" FROM "legacy"."products" WHERE NOT "is_discontinued")) AND NOT "s"."cancelled"
