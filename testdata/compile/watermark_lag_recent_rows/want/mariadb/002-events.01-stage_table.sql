-- datamove plan event_feed, step 2 of 3: events: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove event_feed:events.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_events` (
  `id` bigint,
  `created_at` datetime(6),
  `kind` varchar(30),
  `payload` longtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
