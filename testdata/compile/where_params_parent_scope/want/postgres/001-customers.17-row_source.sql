-- datamove plan region_move, step 1 of 3: customers: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
--   $4   key.id        int32
/* datamove region_move:customers.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."region" AS text)) AS text) || ':' || CAST("b"."region" AS text), 'N') AS "region",
  COALESCE(CAST(char_length(CASE WHEN "b"."is_active" THEN '1' WHEN NOT "b"."is_active" THEN '0' END) AS text) || ':' || CASE WHEN "b"."is_active" THEN '1' WHEN NOT "b"."is_active" THEN '0' END, 'N') AS "is_active",
  COALESCE(CAST(char_length(CAST("b"."name" AS text)) AS text) || ':' || CAST("b"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at"
FROM (
  SELECT "s"."id", "s"."region", "s"."is_active", "s"."name", "s"."created_at"
  FROM "legacy"."customers" AS "s"
  WHERE ((("s"."region" = CAST($1 AS text)) AND ("s"."is_active" OR (NOT CAST($2 AS boolean)))) AND ("s"."created_at" >= CAST($3 AS timestamp(6) without time zone)))
    AND "s"."id" = CAST($4 AS bigint)
) AS "b"
