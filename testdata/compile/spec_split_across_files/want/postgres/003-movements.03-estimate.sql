-- datamove plan warehouse_move, step 3 of 3: movements: estimate
-- Runs on the source (postgres).
-- Reads the engine's row estimate of stock_movements from its statistics (NULL or no row: none),
-- for progress before counting.
-- Binds nothing.
/* datamove warehouse_move:movements.estimate */
SELECT CASE WHEN "c"."reltuples" < 0 THEN NULL ELSE CAST("c"."reltuples" AS bigint) END AS "estimate"
FROM "pg_catalog"."pg_class" AS "c"
JOIN "pg_catalog"."pg_namespace" AS "n" ON "n"."oid" = "c"."relnamespace"
WHERE "n"."nspname" = 'legacy' AND "c"."relname" = 'stock_movements'
