-- datamove plan users_to_app, step 1 of 1: users: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into users, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove users_to_app:users.copy */
INSERT INTO "app"."users" AS "t" ("id", "username", "display_name", "email", "phone_digits", "country", "greeting", "ip_prefix", "created_at")
SELECT "b"."id", "b"."login", COALESCE(btrim("b"."full_name"), "b"."login"), lower("b"."email"), (regexp_replace(phone, '[^0-9]', '', 'g')), COALESCE("b"."country", 'US'), ('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!'), (split_part(signup_ip, '.', 1)), "b"."created_at"
FROM (
  SELECT "s"."id", "s"."login", "s"."full_name", "s"."email", "s"."phone", "s"."country", "s"."signup_ip", "s"."created_at"
  FROM "legacy"."users" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "username" = EXCLUDED."username", "display_name" = EXCLUDED."display_name", "email" = EXCLUDED."email", "phone_digits" = EXCLUDED."phone_digits", "country" = EXCLUDED."country", "greeting" = EXCLUDED."greeting", "ip_prefix" = EXCLUDED."ip_prefix", "created_at" = EXCLUDED."created_at"
WHERE ("t"."username", "t"."display_name", "t"."email", "t"."phone_digits", "t"."country", "t"."greeting", "t"."ip_prefix", "t"."created_at") IS DISTINCT FROM (EXCLUDED."username", EXCLUDED."display_name", EXCLUDED."email", EXCLUDED."phone_digits", EXCLUDED."country", EXCLUDED."greeting", EXCLUDED."ip_prefix", EXCLUDED."created_at")
