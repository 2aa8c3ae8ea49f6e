-- datamove plan geo_move, step 2 of 5: countries: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove geo_move:countries.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_countries` (
  `id` int,
  `region_id` int,
  `iso` char(2)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
