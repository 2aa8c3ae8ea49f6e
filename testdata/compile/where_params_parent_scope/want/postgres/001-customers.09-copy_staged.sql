-- datamove plan region_move, step 1 of 3: customers: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove region_move:customers.copy_staged */
INSERT INTO "crm"."customers" AS "t" ("id", "region", "is_active", "name", "created_at")
SELECT "b"."id", "b"."region", "b"."is_active", "b"."name", "b"."created_at"
FROM "datamove_stage_customers" AS "b"
ON CONFLICT ("id") DO UPDATE SET "region" = EXCLUDED."region", "is_active" = EXCLUDED."is_active", "name" = EXCLUDED."name", "created_at" = EXCLUDED."created_at"
WHERE ("t"."region", "t"."is_active", "t"."name", "t"."created_at") IS DISTINCT FROM (EXCLUDED."region", EXCLUDED."is_active", EXCLUDED."name", EXCLUDED."created_at")
