-- datamove plan bank_tenant, check transaction_profile: check_target
-- Runs on the target (postgres).
-- the tenant's transactions have the same count, spread and average
-- Binds:
--   $1   @tenant_id  number
/* datamove bank_tenant:transaction_profile.check_target */
SELECT COUNT(*), COUNT(DISTINCT "t"."account_id"), MIN("t"."posted_at"), MAX("t"."posted_at"), round(AVG("t"."amount"), 2) FROM "bank"."transactions" AS "t" INNER JOIN "bank"."accounts" AS "a" ON "a"."id" = "t"."account_id" WHERE "a"."tenant_id" = CAST($1 AS bigint)
