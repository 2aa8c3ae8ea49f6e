-- datamove plan crm_cleanup, step 3 of 3: regions: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (code) = key (remapped keys translated back): the key,
-- then per checksummed column its canonical text, as row_source gives it for the source. No row:
-- the target has no such row in the step's scope.
-- Binds:
--   $1   key.code  char(2)
/* datamove crm_cleanup:regions.row_target */
SELECT "t"."code" AS "code",
  COALESCE(CAST(char_length(CAST("t"."code" AS text)) AS text) || ':' || CAST("t"."code" AS text), 'N') AS "code",
  COALESCE(CAST(char_length(CAST("t"."name" AS text)) AS text) || ':' || CAST("t"."name" AS text), 'N') AS "name"
FROM "app"."regions" AS "t"
WHERE "t"."code" = CAST($1 AS bpchar)
