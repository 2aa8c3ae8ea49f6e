-- datamove plan geo_move, step 5 of 5: managers: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove geo_move:managers.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."site_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."site_id" AS numeric(20,0)) AS text), 'N') AS "site_id",
  COALESCE(CAST(char_length(CAST("b"."full_name" AS text)) AS text) || ':' || CAST("b"."full_name" AS text), 'N') AS "full_name"
FROM (
  SELECT "s"."id", "s"."site_id", "s"."full_name"
  FROM "legacy"."site_managers" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
