-- datamove plan shop_to_postgres, step 1 of 2: customers: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove shop_to_postgres:customers.copy_staged */
INSERT INTO "shop"."customers" AS "t" ("id", "email", "is_vip", "tier", "created_at")
SELECT "b"."id", lower("b"."email"), "b"."is_vip", "b"."tier", CASE WHEN "b"."created_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."created_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 day') AT TIME ZONE 'Europe/Berlin' = "b"."created_at" THEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'Europe/Berlin' + INTERVAL '1 day') ELSE "b"."created_at" AT TIME ZONE 'Europe/Berlin' END) AT TIME ZONE 'UTC' END
FROM "datamove_stage_customers" AS "b"
ON CONFLICT ("id") DO UPDATE SET "email" = EXCLUDED."email", "is_vip" = EXCLUDED."is_vip", "tier" = EXCLUDED."tier", "created_at" = EXCLUDED."created_at"
WHERE ("t"."email", "t"."is_vip", "t"."tier", "t"."created_at") IS DISTINCT FROM (EXCLUDED."email", EXCLUDED."is_vip", EXCLUDED."tier", EXCLUDED."created_at")
