-- datamove plan event_feed, step 1 of 3: daily_totals: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (day) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.day  date
/* datamove event_feed:daily_totals.row_source */
SELECT "b"."day",
  COALESCE(CAST(char_length(to_char("b"."day", 'YYYY-MM-DD')) AS text) || ':' || to_char("b"."day", 'YYYY-MM-DD'), 'N') AS "day",
  COALESCE(CAST(char_length(CAST(CAST("b"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM (
  SELECT "s"."day", "s"."total"
  FROM "legacy"."daily_totals" AS "s"
  WHERE "s"."day" = CAST($1 AS date)
) AS "b"
