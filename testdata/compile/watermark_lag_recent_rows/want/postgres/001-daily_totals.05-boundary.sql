-- datamove plan event_feed, step 1 of 3: daily_totals: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (day) of the batch_size-th source row after lo in
-- watermark order, at most hi (the end of a key-range part; hi_open when there is none), with
-- batch_rows, the rows the batch holds. No row: the part is done. Safety lag 36h: only rows whose
-- day is at most cap.day (the source's clock minus the lag) count; cap_open lifts the cap.
-- Binds:
--   $1   lo_open     bool
--   $2   lo.day      date
--   $3   hi_open     bool
--   $4   hi.day      date
--   $5   cap_open    bool
--   $6   cap.day     date
--   $7   batch_size  number
/* datamove event_feed:daily_totals.boundary */
SELECT "b"."day", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."day"
  FROM "legacy"."daily_totals" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."day" > CAST($2 AS date))
    AND (CAST($3 AS boolean) OR "s"."day" <= CAST($4 AS date))
    AND (CAST($5 AS boolean) OR "s"."day" <= CAST($6 AS date))
  ORDER BY "s"."day"
  LIMIT CAST($7 AS bigint)
) AS "b"
ORDER BY "b"."day" DESC
LIMIT 1
