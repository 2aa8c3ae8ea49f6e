-- datamove plan catalog_merge, step 2 of 3: payments: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   $1   @include_archived  bool
/* datamove catalog_merge:payments.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."payments" AS "s"
WHERE ((NOT "s"."archived") OR CAST($1 AS boolean))
