-- datamove plan events_stamp, step 1 of 1: events: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove events_stamp:events.stage_clear */
DELETE FROM "datamove_stage_events"
