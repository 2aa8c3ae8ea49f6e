-- datamove plan bank_tenant, step 1 of 2: accounts: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into accounts, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove bank_tenant:accounts.copy_staged */
INSERT INTO "bank"."accounts" AS "t" ("id", "tenant_id", "email", "balance")
SELECT "b"."id", "b"."tenant_id", "b"."email", round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2)
FROM "datamove_stage_accounts" AS "b"
ON CONFLICT ("id") DO UPDATE SET "tenant_id" = EXCLUDED."tenant_id", "email" = EXCLUDED."email", "balance" = EXCLUDED."balance"
WHERE ("t"."tenant_id", "t"."email", "t"."balance") IS DISTINCT FROM (EXCLUDED."tenant_id", EXCLUDED."email", EXCLUDED."balance")
