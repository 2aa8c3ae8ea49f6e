-- datamove plan users_to_app, step 1 of 1: users: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove users_to_app:users.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_users` (
  `id` int,
  `login` varchar(40),
  `full_name` varchar(80),
  `email` varchar(120),
  `phone` varchar(30),
  `country` char(2),
  `signup_ip` varchar(45),
  `created_at` datetime(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
