-- datamove plan users_to_app, step 1 of 1: users: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into users, mapped per the spec; a row whose (id)
-- already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove users_to_app:users.copy_staged */
INSERT INTO "app"."users" AS "t" ("id", "username", "display_name", "email", "phone_digits", "country", "greeting", "ip_prefix", "created_at")
SELECT "b"."id", "b"."login", COALESCE(btrim("b"."full_name"), "b"."login"), lower("b"."email"), (regexp_replace(phone, '[^0-9]', '', 'g')), COALESCE("b"."country", 'US'), ('Hello ' || COALESCE(btrim("b"."full_name"), "b"."login") || '!'), (split_part(signup_ip, '.', 1)), "b"."created_at"
FROM "datamove_stage_users" AS "b"
ON CONFLICT ("id") DO UPDATE SET "username" = EXCLUDED."username", "display_name" = EXCLUDED."display_name", "email" = EXCLUDED."email", "phone_digits" = EXCLUDED."phone_digits", "country" = EXCLUDED."country", "greeting" = EXCLUDED."greeting", "ip_prefix" = EXCLUDED."ip_prefix", "created_at" = EXCLUDED."created_at"
WHERE ("t"."username", "t"."display_name", "t"."email", "t"."phone_digits", "t"."country", "t"."greeting", "t"."ip_prefix", "t"."created_at") IS DISTINCT FROM (EXCLUDED."username", EXCLUDED."display_name", EXCLUDED."email", EXCLUDED."phone_digits", EXCLUDED."country", EXCLUDED."greeting", EXCLUDED."ip_prefix", EXCLUDED."created_at")
