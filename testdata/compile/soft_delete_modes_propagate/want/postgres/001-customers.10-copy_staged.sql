-- datamove plan crm_soft_deletes, step 1 of 3: customers: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @source_system  string
/* datamove crm_soft_deletes:customers.copy_staged */
INSERT INTO "crm"."customers" AS "t" ("id", "email", "is_deleted", "source_system")
SELECT "b"."id", "b"."email", "b"."dm_deleted", CAST($1 AS text)
FROM "datamove_stage_customers" AS "b"
ON CONFLICT ("id") DO UPDATE SET "email" = EXCLUDED."email", "is_deleted" = EXCLUDED."is_deleted", "source_system" = EXCLUDED."source_system"
WHERE ("t"."email", "t"."is_deleted", "t"."source_system") IS DISTINCT FROM (EXCLUDED."email", EXCLUDED."is_deleted", EXCLUDED."source_system")
