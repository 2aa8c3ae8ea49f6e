-- datamove plan bank_tenant, step 2 of 2: transactions: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int64
/* datamove bank_tenant:transactions.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."account_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."account_id" AS numeric(20,0)) AS text), 'N') AS "account_id",
  COALESCE(CAST(char_length(CAST(CAST(round((round(CAST("b"."amount_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST(round((round(CAST("b"."amount_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text), 'N') AS "amount",
  COALESCE(CAST(char_length(to_char("b"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "posted_at"
FROM (
  SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."posted_at"
  FROM "legacy"."transactions" AS "s"
  WHERE ("s"."account_id" IN (SELECT "id" FROM "legacy"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
