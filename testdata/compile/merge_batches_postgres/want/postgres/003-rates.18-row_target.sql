-- datamove plan ledger_merge, step 3 of 3: rates: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (currency, day) = key (remapped keys translated back): the
-- key, then per checksummed column its canonical text, as row_source gives it for the source. No
-- row: the target has no such row in the step's scope.
-- Binds:
--   $1   key.currency  char(3)
--   $2   key.day       date
/* datamove ledger_merge:rates.row_target */
SELECT "t"."currency" AS "currency", "t"."day" AS "day",
  COALESCE(CAST(char_length(CAST("t"."currency" AS text)) AS text) || ':' || CAST("t"."currency" AS text), 'N') AS "currency",
  COALESCE(CAST(char_length(to_char("t"."day", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."day", 'YYYY-MM-DD'), 'N') AS "day",
  COALESCE(CAST(char_length(CAST(CAST("t"."rate" AS numeric(65,6)) AS text)) AS text) || ':' || CAST(CAST("t"."rate" AS numeric(65,6)) AS text), 'N') AS "rate"
FROM "ledger"."rates" AS "t"
WHERE "t"."currency" = CAST($1 AS bpchar) AND "t"."day" = CAST($2 AS date)
