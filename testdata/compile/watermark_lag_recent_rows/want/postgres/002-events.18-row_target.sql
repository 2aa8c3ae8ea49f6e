-- datamove plan event_feed, step 2 of 3: events: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove event_feed:events.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at",
  COALESCE(CAST(char_length(CAST("t"."kind" AS text)) AS text) || ':' || CAST("t"."kind" AS text), 'N') AS "kind",
  COALESCE(CAST(char_length(CAST("t"."payload" AS text)) AS text) || ':' || CAST("t"."payload" AS text), 'N') AS "payload"
FROM "feed"."events" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
