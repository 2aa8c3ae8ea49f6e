-- datamove plan catalog_merge, step 1 of 3: countries: estimate
-- Runs on the source (postgres).
-- Reads the engine's row estimate of countries from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove catalog_merge:countries.estimate */
SELECT CASE WHEN "c"."reltuples" < 0 THEN NULL ELSE CAST("c"."reltuples" AS bigint) END AS "estimate"
FROM "pg_catalog"."pg_class" AS "c"
JOIN "pg_catalog"."pg_namespace" AS "n" ON "n"."oid" = "c"."relnamespace"
WHERE "n"."nspname" = 'legacy' AND "c"."relname" = 'countries'
