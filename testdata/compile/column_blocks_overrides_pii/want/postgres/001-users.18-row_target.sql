-- datamove plan users_to_app, step 1 of 1: users: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove users_to_app:users.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."username" AS text)) AS text) || ':' || CAST("t"."username" AS text), 'N') AS "username",
  COALESCE(CAST(char_length(CAST("t"."display_name" AS text)) AS text) || ':' || CAST("t"."display_name" AS text), 'N') AS "display_name",
  COALESCE(CAST(char_length(CAST("t"."email" AS text)) AS text) || ':' || CAST("t"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CAST("t"."phone_digits" AS text)) AS text) || ':' || CAST("t"."phone_digits" AS text), 'N') AS "phone_digits",
  COALESCE(CAST(char_length(CAST("t"."country" AS text)) AS text) || ':' || CAST("t"."country" AS text), 'N') AS "country",
  COALESCE(CAST(char_length(CAST("t"."greeting" AS text)) AS text) || ':' || CAST("t"."greeting" AS text), 'N') AS "greeting",
  COALESCE(CAST(char_length(CAST("t"."ip_prefix" AS text)) AS text) || ':' || CAST("t"."ip_prefix" AS text), 'N') AS "ip_prefix",
  COALESCE(CAST(char_length(to_char("t"."created_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."created_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at"
FROM "app"."users" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
