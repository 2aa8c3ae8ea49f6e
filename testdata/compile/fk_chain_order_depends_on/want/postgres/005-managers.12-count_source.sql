-- datamove plan geo_move, step 5 of 5: managers: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove geo_move:managers.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."site_managers" AS "s"
