-- datamove plan events_stamp, step 1 of 1: events: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove events_stamp:events.copy_staged */
INSERT INTO "app"."events" AS "t" ("id", "kind", "payload", "loaded_at", "seen_at", "checked_at", "loaded_on", "sample_key", "trace_id")
SELECT "b"."id", "b"."kind", "b"."payload", LOCALTIMESTAMP, LOCALTIMESTAMP, LOCALTIMESTAMP, CURRENT_DATE, random(), CAST(gen_random_uuid() AS text)
FROM "datamove_stage_events" AS "b"
ON CONFLICT ("id") DO UPDATE SET "kind" = EXCLUDED."kind", "payload" = EXCLUDED."payload"
WHERE ("t"."kind", "t"."payload") IS DISTINCT FROM (EXCLUDED."kind", EXCLUDED."payload")
