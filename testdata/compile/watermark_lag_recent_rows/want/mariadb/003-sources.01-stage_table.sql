-- datamove plan event_feed, step 3 of 3: sources: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove event_feed:sources.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_sources` (
  `id` int,
  `name` varchar(50)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
