-- datamove plan ledger_merge, step 3 of 3: rates: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.day       date
--   $3   lo.currency  char(3)
--   $4   hi_open      bool
--   $5   hi.day       date
--   $6   hi.currency  char(3)
/* datamove ledger_merge:rates.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."rates" AS "s"
WHERE (CAST($1 AS boolean) OR ("s"."day", "s"."currency") > (CAST($2 AS date), CAST($3 AS bpchar)))
  AND (CAST($4 AS boolean) OR ("s"."day", "s"."currency") <= (CAST($5 AS date), CAST($6 AS bpchar)))
