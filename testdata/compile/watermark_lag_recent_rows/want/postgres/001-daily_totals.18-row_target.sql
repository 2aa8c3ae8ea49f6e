-- datamove plan event_feed, step 1 of 3: daily_totals: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (day) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.day  date
/* datamove event_feed:daily_totals.row_target */
SELECT "t"."day" AS "day",
  COALESCE(CAST(char_length(to_char("t"."day", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."day", 'YYYY-MM-DD'), 'N') AS "day",
  COALESCE(CAST(char_length(CAST(CAST("t"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM "feed"."daily_totals" AS "t"
WHERE "t"."day" = CAST($1 AS date)
