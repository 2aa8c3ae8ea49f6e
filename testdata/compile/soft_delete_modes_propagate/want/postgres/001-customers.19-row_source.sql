-- datamove plan crm_soft_deletes, step 1 of 3: customers: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @source_system  string
--   $2   key.id          int32
/* datamove crm_soft_deletes:customers.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."email" AS text)) AS text) || ':' || CAST("b"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CASE WHEN "b"."dm_deleted" THEN '1' WHEN NOT "b"."dm_deleted" THEN '0' END) AS text) || ':' || CASE WHEN "b"."dm_deleted" THEN '1' WHEN NOT "b"."dm_deleted" THEN '0' END, 'N') AS "is_deleted",
  COALESCE(CAST(char_length(CAST(CAST($1 AS text) AS text)) AS text) || ':' || CAST(CAST($1 AS text) AS text), 'N') AS "source_system"
FROM (
  SELECT "s"."id", "s"."email", ((("s"."deleted_at" IS NOT NULL) OR ("s"."status" = 'closed')) IS TRUE) AS "dm_deleted"
  FROM "legacy"."customers" AS "s"
  WHERE "s"."id" = CAST($2 AS bigint)
) AS "b"
