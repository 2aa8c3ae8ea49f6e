-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_soft_deletes:subscriptions.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."subscriptions" AS "s"
WHERE ("s"."product_id" IN (SELECT "id" FROM "legacy"."products" WHERE NOT "is_discontinued"))
  AND NOT "s"."cancelled"
  AND (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
