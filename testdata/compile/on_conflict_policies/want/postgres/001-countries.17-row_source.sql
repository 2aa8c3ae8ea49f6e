-- datamove plan catalog_merge, step 1 of 3: countries: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (code) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.code  char(2)
/* datamove catalog_merge:countries.row_source */
SELECT "b"."code",
  COALESCE(CAST(char_length(CAST("b"."code" AS text)) AS text) || ':' || CAST("b"."code" AS text), 'N') AS "code",
  COALESCE(CAST(char_length(CAST("b"."name" AS text)) AS text) || ':' || CAST("b"."name" AS text), 'N') AS "name"
FROM (
  SELECT "s"."code", "s"."name"
  FROM "legacy"."countries" AS "s"
  WHERE "s"."code" = CAST($1 AS bpchar)
) AS "b"
