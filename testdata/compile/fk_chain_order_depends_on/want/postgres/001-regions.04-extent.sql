-- datamove plan geo_move, step 1 of 5: regions: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove geo_move:regions.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."regions" AS "s"
