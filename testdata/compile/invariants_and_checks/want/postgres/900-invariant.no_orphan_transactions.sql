-- datamove plan bank_tenant, invariant no_orphan_transactions: invariant
-- Runs on the source (postgres).
-- every source transaction has its account (no orphan is left behind)
-- Binds nothing.
/* datamove bank_tenant:no_orphan_transactions.invariant */
SELECT "t"."id" FROM "legacy"."transactions" AS "t" LEFT JOIN "legacy"."accounts" AS "a" ON "a"."id" = "t"."account_id" WHERE "a"."id" IS NULL
