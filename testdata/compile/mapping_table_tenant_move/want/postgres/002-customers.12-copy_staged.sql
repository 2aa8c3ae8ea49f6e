-- datamove plan tenant_move, step 2 of 2: customers: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @tenant_id  number
/* datamove tenant_move:customers.copy_staged */
INSERT INTO "eu"."customers" AS "t" ("legacy_id", "store_id", "email", "created_at", "balance", "tenant_id")
SELECT "b"."id", "k_store_id"."new_key", lower(btrim("b"."email")), CASE WHEN "b"."created_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."created_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."created_at" THEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."created_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END, round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2), CAST($1 AS bigint)
FROM "datamove_stage_customers" AS "b"
LEFT JOIN "eu"."datamove_keymap_stores" AS "k_store_id" ON "k_store_id"."legacy_key" = "b"."store_id"
ON CONFLICT ("legacy_id") DO UPDATE SET "store_id" = EXCLUDED."store_id", "email" = EXCLUDED."email", "created_at" = EXCLUDED."created_at", "balance" = EXCLUDED."balance", "tenant_id" = EXCLUDED."tenant_id"
WHERE ("t"."store_id", "t"."email", "t"."created_at", "t"."balance", "t"."tenant_id") IS DISTINCT FROM (EXCLUDED."store_id", EXCLUDED."email", EXCLUDED."created_at", EXCLUDED."balance", EXCLUDED."tenant_id")
