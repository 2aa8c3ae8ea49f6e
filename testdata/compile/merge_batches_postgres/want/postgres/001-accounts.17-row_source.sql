-- datamove plan ledger_merge, step 1 of 3: accounts: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove ledger_merge:accounts.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."owner" AS text)) AS text) || ':' || CAST("b"."owner" AS text), 'N') AS "owner",
  COALESCE(CAST(char_length(to_char("b"."opened_on", 'YYYY-MM-DD')) AS text) || ':' || to_char("b"."opened_on", 'YYYY-MM-DD'), 'N') AS "opened_on"
FROM (
  SELECT "s"."id", "s"."owner", "s"."opened_on"
  FROM "legacy"."accounts" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
