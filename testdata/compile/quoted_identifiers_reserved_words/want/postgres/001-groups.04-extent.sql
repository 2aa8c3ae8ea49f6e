-- datamove plan quoted_names, step 1 of 3: groups: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest group of the rows this step reads (the spec's filter applied),
-- for the progress estimate.
-- Binds nothing.
/* datamove quoted_names:groups.extent */
SELECT MIN("s"."group") AS "min", MAX("s"."group") AS "max"
FROM "legacy"."group" AS "s"
