-- datamove plan ledger_merge, step 3 of 3: rates: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (currency, day) = key: the key, then per checksummed
-- target column its canonical text (<length>:<text>, N for NULL), the fields checksum_source
-- hashes. No row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.currency  char(3)
--   $2   key.day       date
/* datamove ledger_merge:rates.row_source */
SELECT "b"."currency", "b"."day",
  COALESCE(CAST(char_length(CAST("b"."currency" AS text)) AS text) || ':' || CAST("b"."currency" AS text), 'N') AS "currency",
  COALESCE(CAST(char_length(to_char("b"."day", 'YYYY-MM-DD')) AS text) || ':' || to_char("b"."day", 'YYYY-MM-DD'), 'N') AS "day",
  COALESCE(CAST(char_length(CAST(CAST("b"."rate" AS numeric(65,6)) AS text)) AS text) || ':' || CAST(CAST("b"."rate" AS numeric(65,6)) AS text), 'N') AS "rate"
FROM (
  SELECT "s"."currency", "s"."day", "s"."rate"
  FROM "legacy"."rates" AS "s"
  WHERE "s"."currency" = CAST($1 AS bpchar) AND "s"."day" = CAST($2 AS date)
) AS "b"
