-- datamove plan geo_move, step 2 of 5: countries: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove geo_move:countries.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."region_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."region_id" AS numeric(20,0)) AS text), 'N') AS "region_id",
  COALESCE(CAST(char_length(CAST("b"."iso" AS text)) AS text) || ':' || CAST("b"."iso" AS text), 'N') AS "iso"
FROM (
  SELECT "s"."id", "s"."region_id", "s"."iso"
  FROM "legacy"."countries" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
