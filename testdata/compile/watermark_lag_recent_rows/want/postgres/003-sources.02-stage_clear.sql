-- datamove plan event_feed, step 3 of 3: sources: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove event_feed:sources.stage_clear */
DELETE FROM "datamove_stage_sources"
