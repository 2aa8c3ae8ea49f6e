-- datamove plan tenant_move, step 1 of 2: stores: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into stores, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove tenant_move:stores.copy_staged */
INSERT INTO "eu"."stores" AS "t" ("legacy_id", "name", "tenant_id")
SELECT "b"."id", "b"."name", "b"."tenant_id"
FROM "datamove_stage_stores" AS "b"
ON CONFLICT ("legacy_id") DO UPDATE SET "name" = EXCLUDED."name", "tenant_id" = EXCLUDED."tenant_id"
WHERE ("t"."name", "t"."tenant_id") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tenant_id")
