-- datamove plan shard_merge, step 2 of 2: invoices: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove shard_merge:invoices.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "shard"."invoices" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
