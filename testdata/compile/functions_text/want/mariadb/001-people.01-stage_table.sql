-- datamove plan people_text, step 1 of 1: people: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove people_text:people.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_people` (
  `id` int,
  `first_name` varchar(40),
  `last_name` varchar(40),
  `city` varchar(30),
  `code` varchar(12),
  `note` longtext
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
