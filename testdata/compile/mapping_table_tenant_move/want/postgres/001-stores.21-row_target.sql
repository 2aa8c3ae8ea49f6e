-- datamove plan tenant_move, step 1 of 2: stores: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove tenant_move:stores.row_target */
SELECT "t"."legacy_id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."legacy_id" AS numeric(20,0)) AS text), 'N') AS "legacy_id",
  COALESCE(CAST(char_length(CAST("t"."name" AS text)) AS text) || ':' || CAST("t"."name" AS text), 'N') AS "name",
  COALESCE(CAST(char_length(CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text), 'N') AS "tenant_id"
FROM "eu"."stores" AS "t"
WHERE "t"."legacy_id" = CAST($1 AS bigint)
