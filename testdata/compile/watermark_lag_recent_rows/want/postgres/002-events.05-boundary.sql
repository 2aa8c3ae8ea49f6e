-- datamove plan event_feed, step 2 of 3: events: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (created_at, id) of the batch_size-th source row
-- after lo in watermark order, at most hi (the end of a key-range part; hi_open when there is
-- none), with batch_rows, the rows the batch holds. No row: the part is done. Safety lag 1m30s:
-- only rows whose created_at is at most cap.created_at (the source's clock minus the lag) count;
-- cap_open lifts the cap.
-- Binds:
--   $1   lo_open         bool
--   $2   lo.created_at   timestamptz(6)
--   $3   lo.id           int64
--   $4   hi_open         bool
--   $5   hi.created_at   timestamptz(6)
--   $6   hi.id           int64
--   $7   cap_open        bool
--   $8   cap.created_at  timestamptz(6)
--   $9   batch_size      number
/* datamove event_feed:events.boundary */
SELECT "b"."created_at", "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."created_at", "s"."id"
  FROM "legacy"."events" AS "s"
  WHERE (CAST($1 AS boolean) OR ("s"."created_at", "s"."id") > (CAST($2 AS timestamp(6) with time zone), CAST($3 AS bigint)))
    AND (CAST($4 AS boolean) OR ("s"."created_at", "s"."id") <= (CAST($5 AS timestamp(6) with time zone), CAST($6 AS bigint)))
    AND (CAST($7 AS boolean) OR "s"."created_at" <= CAST($8 AS timestamp(6) with time zone))
  ORDER BY "s"."created_at", "s"."id"
  LIMIT CAST($9 AS bigint)
) AS "b"
ORDER BY "b"."created_at" DESC, "b"."id" DESC
LIMIT 1
