-- datamove plan bank_tenant, step 1 of 2: accounts: estimate
-- Runs on the source (postgres).
-- Reads the engine's row estimate of accounts from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove bank_tenant:accounts.estimate */
SELECT CASE WHEN "c"."reltuples" < 0 THEN NULL ELSE CAST("c"."reltuples" AS bigint) END AS "estimate"
FROM "pg_catalog"."pg_class" AS "c"
JOIN "pg_catalog"."pg_namespace" AS "n" ON "n"."oid" = "c"."relnamespace"
WHERE "n"."nspname" = 'legacy' AND "c"."relname" = 'accounts'
