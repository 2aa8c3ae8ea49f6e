-- datamove plan crm_cleanup, step 2 of 3: orders: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs. Rows the quarantine statement puts in
-- datamove_reject_orders (they break a rule of the target) are left out.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_cleanup:orders.copy */
INSERT INTO "app"."orders" AS "t" ("id", "customer_id", "total", "note")
SELECT "b"."id", "k_customer_id"."new_key", "b"."total", "b"."note"
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."total", "s"."note"
  FROM "legacy"."orders" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
LEFT JOIN "app"."datamove_keymap_customers" AS "k_customer_id" ON "k_customer_id"."legacy_key" = "b"."customer_id"
WHERE NOT (
    (("k_customer_id"."new_key" IS NULL) AND ("b"."customer_id" IS NOT NULL))
    OR (("b"."total" NOT BETWEEN -999999.99 AND 999999.99) IS TRUE)
    OR ((char_length("b"."note") > 500) IS TRUE))
ON CONFLICT ("id") DO UPDATE SET "customer_id" = EXCLUDED."customer_id", "total" = EXCLUDED."total", "note" = EXCLUDED."note"
WHERE ("t"."customer_id", "t"."total", "t"."note") IS DISTINCT FROM (EXCLUDED."customer_id", EXCLUDED."total", EXCLUDED."note")
