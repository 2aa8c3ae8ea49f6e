-- datamove plan event_feed, step 1 of 3: daily_totals: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into daily_totals, mapped per the spec; a row
-- whose (day) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove event_feed:daily_totals.copy_staged */
INSERT INTO "feed"."daily_totals" AS "t" ("day", "total")
SELECT "b"."day", "b"."total"
FROM "datamove_stage_daily_totals" AS "b"
ON CONFLICT ("day") DO UPDATE SET "total" = EXCLUDED."total"
WHERE ("t"."total") IS DISTINCT FROM (EXCLUDED."total")
