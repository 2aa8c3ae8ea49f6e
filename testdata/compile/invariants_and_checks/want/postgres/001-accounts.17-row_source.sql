-- datamove plan bank_tenant, step 1 of 2: accounts: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int32
/* datamove bank_tenant:accounts.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."tenant_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."tenant_id" AS numeric(20,0)) AS text), 'N') AS "tenant_id",
  COALESCE(CAST(char_length(CAST("b"."email" AS text)) AS text) || ':' || CAST("b"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CAST(CAST(round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST(round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text), 'N') AS "balance"
FROM (
  SELECT "s"."id", "s"."tenant_id", "s"."email", "s"."balance_cents"
  FROM "legacy"."accounts" AS "s"
  WHERE ("s"."tenant_id" = CAST($1 AS bigint))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
