-- datamove plan event_feed, step 1 of 3: daily_totals: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into daily_totals, mapped per the spec; a row
-- whose (day) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.day   date
--   $3   hi_open  bool
--   $4   hi.day   date
/* datamove event_feed:daily_totals.copy */
INSERT INTO "feed"."daily_totals" AS "t" ("day", "total")
SELECT "b"."day", "b"."total"
FROM (
  SELECT "s"."day", "s"."total"
  FROM "legacy"."daily_totals" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."day" > CAST($2 AS date))
    AND (CAST($3 AS boolean) OR "s"."day" <= CAST($4 AS date))
) AS "b"
ON CONFLICT ("day") DO UPDATE SET "total" = EXCLUDED."total"
WHERE ("t"."total") IS DISTINCT FROM (EXCLUDED."total")
