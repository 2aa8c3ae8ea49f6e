-- datamove plan crm_soft_deletes, step 1 of 3: customers: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @source_system  string
--   $2   key.id          int32
/* datamove crm_soft_deletes:customers.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."email" AS text)) AS text) || ':' || CAST("t"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CASE WHEN "t"."is_deleted" THEN '1' WHEN NOT "t"."is_deleted" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_deleted" THEN '1' WHEN NOT "t"."is_deleted" THEN '0' END, 'N') AS "is_deleted",
  COALESCE(CAST(char_length(CAST("t"."source_system" AS text)) AS text) || ':' || CAST("t"."source_system" AS text), 'N') AS "source_system"
FROM "crm"."customers" AS "t"
WHERE ("t"."source_system" = CAST($1 AS text))
  AND "t"."id" = CAST($2 AS bigint)
