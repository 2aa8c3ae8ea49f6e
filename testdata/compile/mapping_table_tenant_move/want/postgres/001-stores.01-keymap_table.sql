-- datamove plan tenant_move, step 1 of 2: stores: keymap_table
-- Runs on the target (postgres).
-- Creates the key map of stores: each source key (id) with the new key (id) the target's own
-- sequence gave it; child tables rewrite their foreign keys through it.
-- Binds nothing.
/* datamove tenant_move:stores.keymap_table */
CREATE TABLE IF NOT EXISTS "eu"."datamove_keymap_stores" (
  "legacy_key" integer,
  "new_key" bigint,
  PRIMARY KEY ("legacy_key")
)
