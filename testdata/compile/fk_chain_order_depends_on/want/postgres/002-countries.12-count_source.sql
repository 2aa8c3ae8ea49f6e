-- datamove plan geo_move, step 2 of 5: countries: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove geo_move:countries.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."countries" AS "s"
