-- datamove plan event_feed, step 2 of 3: events: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open        bool
--   $2   lo.created_at  timestamptz(6)
--   $3   lo.id          int64
--   $4   hi_open        bool
--   $5   hi.created_at  timestamptz(6)
--   $6   hi.id          int64
/* datamove event_feed:events.read */
SELECT "s"."id", "s"."created_at", "s"."kind", "s"."payload"
FROM "legacy"."events" AS "s"
WHERE (CAST($1 AS boolean) OR ("s"."created_at", "s"."id") > (CAST($2 AS timestamp(6) with time zone), CAST($3 AS bigint)))
  AND (CAST($4 AS boolean) OR ("s"."created_at", "s"."id") <= (CAST($5 AS timestamp(6) with time zone), CAST($6 AS bigint)))
ORDER BY "s"."created_at", "s"."id"
