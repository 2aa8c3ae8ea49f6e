-- datamove plan geo_move, step 5 of 5: managers: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove geo_move:managers.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."site_managers" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
