-- datamove plan crm_cleanup, step 1 of 3: customers: reject_table
-- Runs on the target (mariadb).
-- Creates the reject table of customers: one row per source row the target would refuse, with the
-- source key (a JSON array), the reason and the time; no other value of the row.
-- Binds nothing.
/* datamove crm_cleanup:customers.reject_table */
CREATE TABLE IF NOT EXISTS `app`.`datamove_reject_customers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `step` varchar(128),
  `source_key` longtext,
  `reason` longtext,
  `rejected_at` datetime(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
