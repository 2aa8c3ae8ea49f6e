-- datamove plan quoted_names, step 1 of 3: groups: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open   bool
--   $2   lo.group  varchar(10)
--   $3   hi_open   bool
--   $4   hi.group  varchar(10)
/* datamove quoted_names:groups.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."group" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."group" > CAST($2 AS text))
  AND (CAST($3 AS boolean) OR "s"."group" <= CAST($4 AS text))
