-- datamove plan ledger_merge, step 2 of 3: entries: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove ledger_merge:entries.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."account_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."account_id" AS numeric(20,0)) AS text), 'N') AS "account_id",
  COALESCE(CAST(char_length(CAST(CAST("t"."amount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."amount" AS numeric(65,2)) AS text), 'N') AS "amount"
FROM "ledger"."entries" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
