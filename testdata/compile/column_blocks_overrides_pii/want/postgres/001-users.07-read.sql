-- datamove plan users_to_app, step 1 of 1: users: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove users_to_app:users.read */
SELECT "s"."id", "s"."login", "s"."full_name", "s"."email", "s"."phone", "s"."country", "s"."signup_ip", "s"."created_at"
FROM "legacy"."users" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
ORDER BY "s"."id"
