-- datamove plan event_feed, step 1 of 3: daily_totals: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove event_feed:daily_totals.stage_clear */
TRUNCATE TABLE `datamove_stage_daily_totals`
