-- datamove plan event_feed, step 2 of 3: events: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into events, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove event_feed:events.copy_staged */
INSERT INTO "feed"."events" AS "t" ("id", "created_at", "kind", "payload")
SELECT "b"."id", "b"."created_at", "b"."kind", "b"."payload"
FROM "datamove_stage_events" AS "b"
ON CONFLICT ("id") DO UPDATE SET "created_at" = EXCLUDED."created_at", "kind" = EXCLUDED."kind", "payload" = EXCLUDED."payload"
WHERE ("t"."created_at", "t"."kind", "t"."payload") IS DISTINCT FROM (EXCLUDED."created_at", EXCLUDED."kind", EXCLUDED."payload")
