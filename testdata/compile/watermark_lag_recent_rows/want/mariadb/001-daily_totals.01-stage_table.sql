-- datamove plan event_feed, step 1 of 3: daily_totals: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove event_feed:daily_totals.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_daily_totals` (
  `day` date,
  `total` decimal(14,2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
