-- datamove plan alias_shadowing, step 1 of 3: customers: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @region  string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove alias_shadowing:customers.copy */
INSERT INTO "crm"."customers" AS "t" ("id", "region", "is_active", "name", "created_at")
SELECT "b"."id", "b"."region", "b"."is_active", "b"."name", "b"."created_at"
FROM (
  SELECT "s"."id", "s"."region", "s"."is_active", "s"."name", "s"."created_at"
  FROM "legacy"."customers" AS "s"
  WHERE ("s"."region" = CAST($1 AS text))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "region" = EXCLUDED."region", "is_active" = EXCLUDED."is_active", "name" = EXCLUDED."name", "created_at" = EXCLUDED."created_at"
WHERE ("t"."region", "t"."is_active", "t"."name", "t"."created_at") IS DISTINCT FROM (EXCLUDED."region", EXCLUDED."is_active", EXCLUDED."name", EXCLUDED."created_at")
