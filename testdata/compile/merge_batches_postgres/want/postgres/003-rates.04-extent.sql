-- datamove plan ledger_merge, step 3 of 3: rates: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest day of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove ledger_merge:rates.extent */
SELECT MIN("s"."day") AS "min", MAX("s"."day") AS "max"
FROM "legacy"."rates" AS "s"
