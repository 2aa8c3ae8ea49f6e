-- datamove plan event_feed, step 3 of 3: sources: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove event_feed:sources.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."name" AS text)) AS text) || ':' || CAST("t"."name" AS text), 'N') AS "name"
FROM "feed"."sources" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
