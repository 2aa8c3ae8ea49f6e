-- datamove plan shard_merge, step 2 of 2: invoices: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove shard_merge:invoices.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."account_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."account_id" AS numeric(20,0)) AS text), 'N') AS "account_id",
  COALESCE(CAST(char_length(CAST(trim_scale(CAST((round(CAST("b"."amount_cents" AS numeric), 30) / 100) AS numeric)) AS text)) AS text) || ':' || CAST(trim_scale(CAST((round(CAST("b"."amount_cents" AS numeric), 30) / 100) AS numeric)) AS text), 'N') AS "amount",
  COALESCE(CAST(char_length(to_char("b"."issued_on", 'YYYY-MM-DD')) AS text) || ':' || to_char("b"."issued_on", 'YYYY-MM-DD'), 'N') AS "issued_on"
FROM (
  SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."issued_on"
  FROM "shard"."invoices" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
