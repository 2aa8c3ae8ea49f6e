-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into subscriptions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_soft_deletes:subscriptions.copy */
INSERT INTO "crm"."subscriptions" AS "t" ("id", "customer_id", "product_id")
SELECT "b"."id", "b"."customer_id", "b"."product_id"
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."product_id", "s"."cancelled" AS "dm_deleted"
  FROM "legacy"."subscriptions" AS "s"
  WHERE ("s"."product_id" IN (SELECT "id" FROM "legacy"."products" WHERE NOT "is_discontinued"))
    AND (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
WHERE NOT "b"."dm_deleted"
ON CONFLICT ("id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id", "product_id" = EXCLUDED."product_id"
WHERE ("t"."customer_id", "t"."product_id") IS DISTINCT FROM (EXCLUDED."customer_id", EXCLUDED."product_id")
