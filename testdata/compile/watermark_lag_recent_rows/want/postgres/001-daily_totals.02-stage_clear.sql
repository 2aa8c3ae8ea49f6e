-- datamove plan event_feed, step 1 of 3: daily_totals: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove event_feed:daily_totals.stage_clear */
DELETE FROM "datamove_stage_daily_totals"
