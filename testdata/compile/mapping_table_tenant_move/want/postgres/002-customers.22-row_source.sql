-- datamove plan tenant_move, step 2 of 2: customers: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int32
/* datamove tenant_move:customers.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "legacy_id",
  COALESCE(CAST(char_length(CAST(CAST("b"."store_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."store_id" AS numeric(20,0)) AS text), 'N') AS "store_id",
  COALESCE(CAST(char_length(CAST(lower(btrim("b"."email")) AS text)) AS text) || ':' || CAST(lower(btrim("b"."email")) AS text), 'N') AS "email",
  COALESCE(CAST(char_length(to_char(CASE WHEN "b"."created_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."created_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."created_at" THEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."created_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char(CASE WHEN "b"."created_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."created_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."created_at" THEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."created_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at",
  COALESCE(CAST(char_length(CAST(CAST(round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST(round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text), 'N') AS "balance",
  COALESCE(CAST(char_length(CAST(CAST(CAST($1 AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(CAST($1 AS bigint) AS numeric(20,0)) AS text), 'N') AS "tenant_id"
FROM (
  SELECT "s"."id", "s"."store_id", "s"."email", "s"."created_at", "s"."balance_cents"
  FROM "legacy"."customers" AS "s"
  WHERE (("s"."store_id" IN (SELECT "id" FROM "legacy"."stores" WHERE "tenant_id" = CAST($1 AS bigint))) AND (NOT ("s"."deleted_at" IS NOT NULL)))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
