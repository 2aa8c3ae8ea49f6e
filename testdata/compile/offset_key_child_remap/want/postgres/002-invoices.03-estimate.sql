-- datamove plan shard_merge, step 2 of 2: invoices: estimate
-- Runs on the source (postgres).
-- Reads the engine's row estimate of invoices from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove shard_merge:invoices.estimate */
SELECT CASE WHEN "c"."reltuples" < 0 THEN NULL ELSE CAST("c"."reltuples" AS bigint) END AS "estimate"
FROM "pg_catalog"."pg_class" AS "c"
JOIN "pg_catalog"."pg_namespace" AS "n" ON "n"."oid" = "c"."relnamespace"
WHERE "n"."nspname" = 'shard' AND "c"."relname" = 'invoices'
