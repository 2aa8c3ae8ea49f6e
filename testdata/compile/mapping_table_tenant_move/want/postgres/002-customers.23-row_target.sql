-- datamove plan tenant_move, step 2 of 2: customers: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int32
/* datamove tenant_move:customers.row_target */
SELECT "t"."legacy_id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text), 'N') AS "legacy_id",
  COALESCE(CAST(char_length(CAST(CAST("kt_store_id"."legacy_key" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("kt_store_id"."legacy_key" AS numeric(20,0)) AS text), 'N') AS "store_id",
  COALESCE(CAST(char_length(CAST("t"."email" AS text)) AS text) || ':' || CAST("t"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at",
  COALESCE(CAST(char_length(CAST(CAST("t"."balance" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."balance" AS numeric(65,2)) AS text), 'N') AS "balance",
  COALESCE(CAST(char_length(CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text), 'N') AS "tenant_id"
FROM "eu"."customers" AS "t"
LEFT JOIN "eu"."datamove_keymap_stores" AS "kt_store_id" ON "kt_store_id"."new_key" = "t"."store_id"
WHERE ("t"."tenant_id" = CAST($1 AS bigint))
  AND "t"."legacy_id" = CAST($2 AS bigint)
