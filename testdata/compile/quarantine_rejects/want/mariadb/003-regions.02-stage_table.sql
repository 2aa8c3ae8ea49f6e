-- datamove plan crm_cleanup, step 3 of 3: regions: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove crm_cleanup:regions.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_regions` (
  `code` char(2),
  `name` varchar(50)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
