-- datamove plan event_feed, step 2 of 3: events: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.created_at  timestamptz(6)
--   $3   lo.id          int64
--   $4   hi_open        bool
--   $5   hi.created_at  timestamptz(6)
--   $6   hi.id          int64
/* datamove event_feed:events.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."events" AS "s"
WHERE (CAST($1 AS boolean) OR ("s"."created_at", "s"."id") > (CAST($2 AS timestamp(6) with time zone), CAST($3 AS bigint)))
  AND (CAST($4 AS boolean) OR ("s"."created_at", "s"."id") <= (CAST($5 AS timestamp(6) with time zone), CAST($6 AS bigint)))
