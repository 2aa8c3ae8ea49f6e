-- datamove plan tenant_move, step 1 of 2: stores: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int32
/* datamove tenant_move:stores.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "legacy_id",
  COALESCE(CAST(char_length(CAST("b"."name" AS text)) AS text) || ':' || CAST("b"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(CAST(CAST("b"."tenant_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."tenant_id" AS numeric(20,0)) AS text), 'N') AS "tenant_id"
FROM (
  SELECT "s"."id", "s"."name", "s"."tenant_id"
  FROM "legacy"."stores" AS "s"
  WHERE ("s"."tenant_id" = CAST($1 AS bigint))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
