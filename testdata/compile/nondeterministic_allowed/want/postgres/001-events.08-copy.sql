-- datamove plan events_stamp, step 1 of 1: events: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove events_stamp:events.copy */
INSERT INTO "app"."events" AS "t" ("id", "kind", "payload", "loaded_at", "seen_at", "checked_at", "loaded_on", "sample_key", "trace_id")
SELECT "b"."id", "b"."kind", "b"."payload", LOCALTIMESTAMP, LOCALTIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE, random(), CAST(gen_random_uuid() AS text)
FROM (
  SELECT "s"."id", "s"."kind", "s"."payload"
  FROM "legacy"."events" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "kind" = EXCLUDED."kind", "payload" = EXCLUDED."payload"
WHERE ("t"."kind", "t"."payload") IS DISTINCT FROM (EXCLUDED."kind", EXCLUDED."payload")
