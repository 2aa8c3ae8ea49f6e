-- datamove plan orders_until_cutoff, setup: verify_history_table
-- Runs on the target (mariadb).
-- Creates the verify history: one row per verify or reconcile run (or repair), with its plan,
-- parameter set, times, verdict and JSON summary (no PII values).
-- Binds nothing.
/* datamove orders_until_cutoff:verify_history_table */
CREATE TABLE IF NOT EXISTS `eu`.`datamove_verify_history` (
  `run_id` varchar(64),
  `migration` varchar(128),
  `plan_id` varchar(128),
  `params_hash` varchar(128),
  `action` varchar(16),
  `started_at` datetime(6),
  `finished_at` datetime(6),
  `verdict` varchar(32),
  `summary` longtext,
  PRIMARY KEY (`run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
