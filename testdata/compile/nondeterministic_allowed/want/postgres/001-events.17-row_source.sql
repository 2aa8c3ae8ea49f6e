-- datamove plan events_stamp, step 1 of 1: events: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove events_stamp:events.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."kind" AS text)) AS text) || ':' || CAST("b"."kind" AS text), 'N') AS "kind",
  COALESCE(CAST(char_length(CAST("b"."payload" AS text)) AS text) || ':' || CAST("b"."payload" AS text), 'N') AS "payload"
FROM (
  SELECT "s"."id", "s"."kind", "s"."payload"
  FROM "legacy"."events" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
