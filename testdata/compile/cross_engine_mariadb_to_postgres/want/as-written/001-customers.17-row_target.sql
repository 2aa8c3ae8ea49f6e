-- datamove plan shop_to_postgres, step 1 of 2: customers: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32 unsigned
/* datamove shop_to_postgres:customers.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."email" AS text)) AS text) || ':' || CAST("t"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CASE WHEN "t"."is_vip" THEN '1' WHEN NOT "t"."is_vip" THEN '0' END) AS text) || ':' || CASE WHEN "t"."is_vip" THEN '1' WHEN NOT "t"."is_vip" THEN '0' END, 'N') AS "is_vip",
  COALESCE(CAST(char_length(CAST("t"."tier" AS text)) AS text) || ':' || CAST("t"."tier" AS text), 'N') AS "tier",
  COALESCE(CAST(char_length(to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at"
FROM "shop"."customers" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
