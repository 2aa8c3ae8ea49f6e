-- datamove plan tenant_move, step 2 of 2: customers: keymap_fill_staged
-- Runs on the target (postgres).
-- Records in the key map the new id of every row of the batch whose entry is missing or stale (the
-- row was copied again), read back through legacy_id.
-- Binds nothing.
/* datamove tenant_move:customers.keymap_fill_staged */
INSERT INTO "eu"."datamove_keymap_customers" ("legacy_key", "new_key")
SELECT "t"."legacy_id", "t"."id"
FROM "eu"."customers" AS "t"
WHERE "t"."legacy_id" IN (
  SELECT "b"."id"
  FROM "datamove_stage_customers" AS "b"
)
  AND NOT EXISTS (SELECT 1 FROM "eu"."datamove_keymap_customers" AS "k" WHERE "k"."legacy_key" = "t"."legacy_id" AND "k"."new_key" = "t"."id")
ON CONFLICT ("legacy_key") DO UPDATE SET
  "new_key" = EXCLUDED."new_key"
