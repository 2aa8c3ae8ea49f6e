-- datamove plan quoted_names, step 2 of 3: orders: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   @grp     string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove quoted_names:orders.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."order" AS "s"
WHERE (("s"."group" = CAST($1 AS text)) OR "s"."select")
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
