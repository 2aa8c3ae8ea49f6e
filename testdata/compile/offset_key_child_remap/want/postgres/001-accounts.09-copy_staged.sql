-- datamove plan shard_merge, step 1 of 2: accounts: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @id_offset  number
/* datamove shard_merge:accounts.copy_staged */
INSERT INTO "main"."accounts" AS "t" ("id", "name", "region")
SELECT "b"."id" + CAST($1 AS bigint), "b"."name", "b"."region"
FROM "datamove_stage_accounts" AS "b"
ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "region" = EXCLUDED."region"
WHERE ("t"."name", "t"."region") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."region")
