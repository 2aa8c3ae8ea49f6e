-- datamove plan event_feed, step 1 of 3: daily_totals: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.day   date
--   $3   hi_open  bool
--   $4   hi.day   date
/* datamove event_feed:daily_totals.read */
SELECT "s"."day", "s"."total"
FROM "legacy"."daily_totals" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."day" > CAST($2 AS date))
  AND (CAST($3 AS boolean) OR "s"."day" <= CAST($4 AS date))
ORDER BY "s"."day"
