-- datamove plan ledger_merge, step 3 of 3: rates: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
/* datamove ledger_merge:rates.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."rates" AS "s"
WHERE (CAST($1 AS boolean) OR ("s"."currency", "s"."day") > (CAST($2 AS bpchar), CAST($3 AS date)))
  AND (CAST($4 AS boolean) OR ("s"."currency", "s"."day") <= (CAST($5 AS bpchar), CAST($6 AS date)))
