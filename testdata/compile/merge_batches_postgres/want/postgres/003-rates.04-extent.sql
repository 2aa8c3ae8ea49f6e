-- datamove plan ledger_merge, step 3 of 3: rates: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest currency of the rows this step reads (the spec's filter applied),
-- for the progress estimate.
-- Binds nothing.
/* datamove ledger_merge:rates.extent */
SELECT MIN("s"."currency") AS "min", MAX("s"."currency") AS "max"
FROM "legacy"."rates" AS "s"
