-- datamove plan crm_cleanup, step 1 of 3: customers: keymap_table
-- Runs on the target (postgres).
-- Creates the key map of customers: each source key (id) with the new key (id) the target's own
-- sequence gave it; child tables rewrite their foreign keys through it.
-- Binds nothing.
/* datamove crm_cleanup:customers.keymap_table */
CREATE TABLE IF NOT EXISTS "app"."datamove_keymap_customers" (
  "legacy_key" integer,
  "new_key" integer,
  PRIMARY KEY ("legacy_key")
)
