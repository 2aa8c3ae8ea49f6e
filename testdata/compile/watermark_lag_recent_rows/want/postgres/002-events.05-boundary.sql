-- datamove plan event_feed, step 2 of 3: events: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (created_at, id) of the batch_size-th source row
-- after lo in watermark order (no row: the step is done). Safety lag 1m30s: only rows whose
-- created_at is at most cap.created_at (the source's clock minus the lag) count; cap_open lifts
-- the cap.
-- Binds:
--   $1   lo_open         bool
--   $2   lo.created_at   timestamptz(6)
--   $3   lo.id           int64
--   $4   cap_open        bool
--   $5   cap.created_at  timestamptz(6)
--   $6   batch_size      number
/* datamove event_feed:events.boundary */
SELECT "b"."created_at", "b"."id"
FROM (
  SELECT "s"."created_at", "s"."id"
  FROM "legacy"."events" AS "s"
  WHERE (CAST($1 AS boolean) OR ("s"."created_at", "s"."id") > (CAST($2 AS timestamp(6) with time zone), CAST($3 AS bigint)))
    AND (CAST($4 AS boolean) OR "s"."created_at" <= CAST($5 AS timestamp(6) with time zone))
  ORDER BY "s"."created_at", "s"."id"
  LIMIT CAST($6 AS bigint)
) AS "b"
ORDER BY "b"."created_at" DESC, "b"."id" DESC
LIMIT 1
