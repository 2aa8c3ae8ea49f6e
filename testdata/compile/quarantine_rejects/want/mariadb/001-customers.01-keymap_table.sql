-- datamove plan crm_cleanup, step 1 of 3: customers: keymap_table
-- Runs on the target (mariadb).
-- Creates the key map of customers: each source key (id) with the new key (id) the target's own
-- sequence gave it; child tables rewrite their foreign keys through it.
-- Binds nothing.
/* datamove crm_cleanup:customers.keymap_table */
CREATE TABLE IF NOT EXISTS `app`.`datamove_keymap_customers` (
  `legacy_key` int,
  `new_key` int,
  PRIMARY KEY (`legacy_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
