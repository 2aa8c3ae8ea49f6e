-- datamove plan ledger_merge, step 1 of 3: accounts: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove ledger_merge:accounts.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."owner" AS text)) AS text) || ':' || CAST("t"."owner" AS text), 'N') AS "owner",
  COALESCE(CAST(char_length(to_char("t"."opened_on", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."opened_on", 'YYYY-MM-DD'), 'N') AS "opened_on"
FROM "ledger"."accounts" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
