-- datamove plan event_feed, step 2 of 3: events: sample_keys
-- Runs on the source (postgres).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   $1   sample_size  number
/* datamove event_feed:events.sample_keys */
SELECT "s"."id"
FROM "legacy"."events" AS "s"
ORDER BY random()
LIMIT CAST($1 AS bigint)
