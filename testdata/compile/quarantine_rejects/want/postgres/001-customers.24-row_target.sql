-- datamove plan crm_cleanup, step 1 of 3: customers: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove crm_cleanup:customers.row_target */
SELECT "t"."legacy_id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text), 'N') AS "legacy_id",
  COALESCE(CAST(char_length(CAST("t"."name" AS text)) AS text) || ':' || CAST("t"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(CAST("t"."email" AS text)) AS text) || ':' || CAST("t"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CAST(CAST("t"."credit" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."credit" AS numeric(65,2)) AS text), 'N') AS "credit",
  COALESCE(CAST(char_length(CAST(CAST("t"."balance" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."balance" AS numeric(65,2)) AS text), 'N') AS "balance",
  COALESCE(CAST(char_length(CAST(CAST("t"."visits" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."visits" AS numeric(20,0)) AS text), 'N') AS "visits",
  COALESCE(CAST(char_length(CAST("t"."country" AS text)) AS text) || ':' || CAST("t"."country" AS text), 'N') AS "country"
FROM "app"."customers" AS "t"
WHERE "t"."legacy_id" = CAST($1 AS bigint)
