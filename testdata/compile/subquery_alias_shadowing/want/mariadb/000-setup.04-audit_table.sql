-- datamove plan alias_shadowing, setup: audit_table
-- Runs on the target (mariadb).
-- Creates the audit table: who ran, resumed or stopped the plan, with which parameters, when, and
-- how it ended.
-- Binds nothing.
/* datamove alias_shadowing:audit_table */
CREATE TABLE IF NOT EXISTS `crm`.`datamove_audit` (
  `run_id` varchar(64),
  `migration` varchar(128),
  `plan_id` varchar(128),
  `params` longtext,
  `os_user` varchar(128),
  `host` varchar(255),
  `action` varchar(16),
  `started_at` datetime(6),
  `finished_at` datetime(6),
  `rows_moved` bigint,
  `outcome` varchar(32),
  `detail` longtext,
  PRIMARY KEY (`run_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
