-- datamove plan geo_move, step 3 of 5: cities: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove geo_move:cities.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."country_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."country_id" AS numeric(20,0)) AS text), 'N') AS "country_id",
  COALESCE(CAST(char_length(CAST("b"."name" AS text)) AS text) || ':' || CAST("b"."name" AS text), 'N') AS "name"
FROM (
  SELECT "s"."id", "s"."country_id", "s"."name"
  FROM "legacy"."cities" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
