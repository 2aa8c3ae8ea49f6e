-- datamove plan people_text, step 1 of 1: people: extent
-- Runs on the source (postgres).
-- Finds the smallest and largest id of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove people_text:people.extent */
SELECT MIN("s"."id") AS "min", MAX("s"."id") AS "max"
FROM "legacy"."people" AS "s"
