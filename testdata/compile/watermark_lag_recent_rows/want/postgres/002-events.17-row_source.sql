-- datamove plan event_feed, step 2 of 3: events: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove event_feed:events.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(to_char("b"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."created_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "created_at",
  COALESCE(CAST(char_length(CAST("b"."kind" AS text)) AS text) || ':' || CAST("b"."kind" AS text), 'N') AS "kind",
  COALESCE(CAST(char_length(CAST("b"."payload" AS text)) AS text) || ':' || CAST("b"."payload" AS text), 'N') AS "payload"
FROM (
  SELECT "s"."id", "s"."created_at", "s"."kind", "s"."payload"
  FROM "legacy"."events" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
