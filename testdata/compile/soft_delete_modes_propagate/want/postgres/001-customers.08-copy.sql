-- datamove plan crm_soft_deletes, step 1 of 3: customers: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @source_system  string
--   $2   lo_open         bool
--   $3   lo.id           int32
--   $4   hi_open         bool
--   $5   hi.id           int32
/* datamove crm_soft_deletes:customers.copy */
INSERT INTO "crm"."customers" AS "t" ("id", "email", "is_deleted", "source_system")
SELECT "b"."id", "b"."email", "b"."dm_deleted", CAST($1 AS text)
FROM (
  SELECT "s"."id", "s"."email", ((("s"."deleted_at" IS NOT NULL) OR ("s"."status" = 'closed')) IS TRUE) AS "dm_deleted"
  FROM "legacy"."customers" AS "s"
  WHERE (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "email" = EXCLUDED."email", "is_deleted" = EXCLUDED."is_deleted", "source_system" = EXCLUDED."source_system"
WHERE ("t"."email", "t"."is_deleted", "t"."source_system") IS DISTINCT FROM (EXCLUDED."email", EXCLUDED."is_deleted", EXCLUDED."source_system")
