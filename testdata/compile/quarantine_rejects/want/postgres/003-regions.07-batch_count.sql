-- datamove plan crm_cleanup, step 3 of 3: regions: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove crm_cleanup:regions.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."regions" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."code" > CAST($2 AS bpchar))
  AND (CAST($3 AS boolean) OR "s"."code" <= CAST($4 AS bpchar))
