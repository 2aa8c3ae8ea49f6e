-- datamove plan people_text, step 1 of 1: people: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove people_text:people.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."people" AS "s"
