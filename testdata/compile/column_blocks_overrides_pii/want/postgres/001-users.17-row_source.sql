-- datamove plan users_to_app, step 1 of 1: users: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove users_to_app:users.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."login" AS text)) AS text) || ':' || CAST("b"."login" AS text), 'N') AS "username",
  COALESCE(CAST(char_length(CAST(COALESCE(btrim("b"."full_name"), "b"."login") AS text)) AS text) || ':' || CAST(COALESCE(btrim("b"."full_name"), "b"."login") AS text), 'N') AS "display_name",
  COALESCE(CAST(char_length(CAST(lower("b"."email") AS text)) AS text) || ':' || CAST(lower("b"."email") AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CAST((regexp_replace(phone, '[^0-9]', '', 'g')) AS text)) AS text) || ':' || CAST((regexp_replace(phone, '[^0-9]', '', 'g')) AS text), 'N') AS "phone_digits",
  COALESCE(CAST(char_length(CAST(COALESCE("b"."country", 'US') AS text)) AS text) || ':' || CAST(COALESCE("b"."country", 'US') AS text), 'N') AS "country",
  COALESCE(CAST(char_length(CAST(('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!') AS text)) AS text) || ':' || CAST(('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!') AS text), 'N') AS "greeting",
  COALESCE(CAST(char_length(CAST((split_part(signup_ip, '.', 1)) AS text)) AS text) || ':' || CAST((split_part(signup_ip, '.', 1)) AS text), 'N') AS "ip_prefix",
  COALESCE(CAST(char_length(to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."created_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at"
FROM (
  SELECT "s"."id", "s"."login", "s"."full_name", "s"."email", "s"."phone", "s"."country", "s"."signup_ip", "s"."created_at"
  FROM "legacy"."users" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
