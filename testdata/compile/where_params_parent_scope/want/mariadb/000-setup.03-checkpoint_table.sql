-- datamove plan region_move, setup: checkpoint_table
-- Runs on the target (mariadb).
-- Creates the checkpoint table: one row per migration, step, parameter set and key-range part,
-- advanced in the same transaction as each batch.
-- Binds nothing.
/* datamove region_move:checkpoint_table */
CREATE TABLE IF NOT EXISTS `crm`.`datamove_checkpoint` (
  `migration` varchar(128),
  `step` varchar(128),
  `params_hash` varchar(128),
  `part` int,
  `plan_id` varchar(128),
  `state` varchar(32),
  `position` longtext,
  `range_end` longtext,
  `rows_done` bigint,
  `rows_skipped` bigint,
  `rows_rejected` bigint,
  `source_fingerprint` varchar(128),
  `target_fingerprint` varchar(128),
  `started_at` datetime(6),
  `updated_at` datetime(6),
  `finished_at` datetime(6),
  `last_error` longtext,
  PRIMARY KEY (`migration`, `step`, `params_hash`, `part`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
