-- datamove plan alias_shadowing, step 1 of 3: customers: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove alias_shadowing:customers.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."region" AS text)) AS text) || ':' || CAST("t"."region" AS text), 'N') AS "region",
  COALESCE(CAST(char_length(CASE WHEN "t"."is_active" THEN '1' WHEN NOT "t"."is_active" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_active" THEN '1' WHEN NOT "t"."is_active" THEN '0' END, 'N') AS "is_active",
  COALESCE(CAST(char_length(CAST("t"."name" AS text)) AS text) || ':' || CAST("t"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(to_char("t"."created_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."created_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at"
FROM "crm"."customers" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
