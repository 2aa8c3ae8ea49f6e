-- datamove plan quoted_names, step 1 of 3: groups: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove quoted_names:groups.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_group` (
  `group` varchar(10),
  `Label` varchar(40)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
