-- datamove plan ledger_merge, step 2 of 3: entries: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove ledger_merge:entries.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."account_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."account_id" AS numeric(20,0)) AS text), 'N') AS "account_id",
  COALESCE(CAST(char_length(CAST(CAST("b"."amount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."amount" AS numeric(65,2)) AS text), 'N') AS "amount"
FROM (
  SELECT "s"."id", "s"."account_id", "s"."amount", "s"."voided" AS "dm_deleted"
  FROM "legacy"."entries" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
WHERE NOT "b"."dm_deleted"
