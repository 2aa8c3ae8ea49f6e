-- datamove plan tenant_move, step 1 of 2: stores: keymap_table
-- Runs on the target (mariadb).
-- Creates the key map of stores: each source key (id) with the new key (id) the target's own
-- sequence gave it; child tables rewrite their foreign keys through it.
-- Binds nothing.
/* datamove tenant_move:stores.keymap_table */
CREATE TABLE IF NOT EXISTS `eu`.`datamove_keymap_stores` (
  `legacy_key` int,
  `new_key` bigint,
  PRIMARY KEY (`legacy_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
