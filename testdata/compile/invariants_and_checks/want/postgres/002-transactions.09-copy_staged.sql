-- datamove plan bank_tenant, step 2 of 2: transactions: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into transactions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove bank_tenant:transactions.copy_staged */
INSERT INTO "bank"."transactions" AS "t" ("id", "account_id", "amount", "posted_at")
SELECT "b"."id", "b"."account_id", round((round(CAST("b"."amount_cents" AS numeric), 30) / 100), 2), "b"."posted_at"
FROM "datamove_stage_transactions" AS "b"
ON CONFLICT ("id") DO UPDATE SET "account_id" = EXCLUDED."account_id", "amount" = EXCLUDED."amount", "posted_at" = EXCLUDED."posted_at"
WHERE ("t"."account_id", "t"."amount", "t"."posted_at") IS DISTINCT FROM (EXCLUDED."account_id", EXCLUDED."amount", EXCLUDED."posted_at")
