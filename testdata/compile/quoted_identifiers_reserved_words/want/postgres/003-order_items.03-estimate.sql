-- datamove plan quoted_names, step 3 of 3: order_items: estimate
-- Runs on the source (postgres).
-- Reads the engine's row estimate of Order Items from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove quoted_names:order_items.estimate */
SELECT CASE WHEN "c"."reltuples" < 0 THEN NULL ELSE CAST("c"."reltuples" AS bigint) END AS "estimate"
FROM "pg_catalog"."pg_class" AS "c"
JOIN "pg_catalog"."pg_namespace" AS "n" ON "n"."oid" = "c"."relnamespace"
WHERE "n"."nspname" = 'legacy' AND "c"."relname" = 'Order Items'
