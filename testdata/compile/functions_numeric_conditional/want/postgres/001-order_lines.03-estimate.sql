-- datamove plan order_metrics, step 1 of 1: order_lines: estimate
-- Runs on the source (postgres).
-- Reads the engine's row estimate of order_lines from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove order_metrics:order_lines.estimate */
SELECT CASE WHEN "c"."reltuples" < 0 THEN NULL ELSE CAST("c"."reltuples" AS bigint) END AS "estimate"
FROM "pg_catalog"."pg_class" AS "c"
JOIN "pg_catalog"."pg_namespace" AS "n" ON "n"."oid" = "c"."relnamespace"
WHERE "n"."nspname" = 'legacy' AND "c"."relname" = 'order_lines'
