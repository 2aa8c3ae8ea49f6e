-- datamove plan crm_cleanup, step 1 of 3: customers: keymap_fill
-- Runs on the target (postgres).
-- Records in the key map the new id of every row of the batch whose entry is missing or stale (the
-- row was copied again), read back through legacy_id.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_cleanup:customers.keymap_fill */
INSERT INTO "app"."datamove_keymap_customers" ("legacy_key", "new_key")
SELECT "t"."legacy_id", "t"."id"
FROM "app"."customers" AS "t"
WHERE "t"."legacy_id" IN (
  SELECT "b"."id"
  FROM (
    SELECT "s"."id", "s"."name", "s"."email", "s"."credit", "s"."balance", "s"."visits", "s"."country"
    FROM "legacy"."customers" AS "s"
    WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
  ) AS "b"
)
  AND NOT EXISTS (SELECT 1 FROM "app"."datamove_keymap_customers" AS "k" WHERE "k"."legacy_key" = "t"."legacy_id" AND "k"."new_key" = "t"."id")
ON CONFLICT ("legacy_key") DO UPDATE SET
  "new_key" = EXCLUDED."new_key"
