-- datamove plan orders_until_cutoff, setup: checkpoint_table
-- Runs on the target (mariadb).
-- Creates the checkpoint table: one row per plan, step, parameter set and key-range part, advanced
-- in the same transaction as each batch.
-- Binds nothing.
/* datamove orders_until_cutoff:checkpoint_table */
CREATE TABLE IF NOT EXISTS `eu`.`datamove_checkpoint` (
  `plan_id` varchar(128),
  `step` varchar(128),
  `params_hash` varchar(64),
  `part` int,
  `state` varchar(16),
  `position` longtext,
  `rows_done` bigint,
  `started_at` datetime(6),
  `updated_at` datetime(6),
  `last_error` longtext,
  PRIMARY KEY (`plan_id`, `step`, `params_hash`, `part`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
