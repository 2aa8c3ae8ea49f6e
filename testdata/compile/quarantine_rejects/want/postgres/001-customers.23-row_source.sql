-- datamove plan crm_cleanup, step 1 of 3: customers: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove crm_cleanup:customers.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "legacy_id",
  COALESCE(CAST(char_length(CAST("b"."name" AS text)) AS text) || ':' || CAST("b"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(CAST("b"."email" AS text)) AS text) || ':' || CAST("b"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CAST(CAST("b"."credit" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."credit" AS numeric(65,2)) AS text), 'N') AS "credit",
  COALESCE(CAST(char_length(CAST(CAST(round("b"."balance", 2) AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST(round("b"."balance", 2) AS numeric(65,2)) AS text), 'N') AS "balance",
  COALESCE(CAST(char_length(CAST(CAST("b"."visits" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."visits" AS numeric(20,0)) AS text), 'N') AS "visits",
  COALESCE(CAST(char_length(CAST(COALESCE("b"."country", 'US') AS text)) AS text) || ':' || CAST(COALESCE("b"."country", 'US') AS text), 'N') AS "country"
FROM (
  SELECT "s"."id", "s"."name", "s"."email", "s"."credit", "s"."balance", "s"."visits", "s"."country"
  FROM "legacy"."customers" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
