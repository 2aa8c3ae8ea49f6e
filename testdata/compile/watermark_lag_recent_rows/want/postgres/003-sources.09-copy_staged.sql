-- datamove plan event_feed, step 3 of 3: sources: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into sources, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove event_feed:sources.copy_staged */
INSERT INTO "feed"."sources" AS "t" ("id", "name")
SELECT "b"."id", "b"."name"
FROM "datamove_stage_sources" AS "b"
ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name"
WHERE ("t"."name") IS DISTINCT FROM (EXCLUDED."name")
