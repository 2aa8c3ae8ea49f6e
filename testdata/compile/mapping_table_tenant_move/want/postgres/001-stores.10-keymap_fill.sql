-- datamove plan tenant_move, step 1 of 2: stores: keymap_fill
-- Runs on the target (postgres).
-- Records in the key map the new id of every row of the batch whose entry is missing or stale (the
-- row was copied again), read back through legacy_id.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove tenant_move:stores.keymap_fill */
INSERT INTO "eu"."datamove_keymap_stores" ("legacy_key", "new_key")
SELECT "t"."legacy_id", "t"."id"
FROM "eu"."stores" AS "t"
WHERE "t"."legacy_id" IN (
  SELECT "b"."id"
  FROM (
    SELECT "s"."id", "s"."name", "s"."tenant_id"
    FROM "legacy"."stores" AS "s"
    WHERE ("s"."tenant_id" = CAST($1 AS bigint))
      AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
      AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ) AS "b"
)
  AND NOT EXISTS (SELECT 1 FROM "eu"."datamove_keymap_stores" AS "k" WHERE "k"."legacy_key" = "t"."legacy_id" AND "k"."new_key" = "t"."id")
ON CONFLICT ("legacy_key") DO UPDATE SET
  "new_key" = EXCLUDED."new_key"
