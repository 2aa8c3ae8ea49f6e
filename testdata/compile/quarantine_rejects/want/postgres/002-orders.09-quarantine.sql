-- datamove plan crm_cleanup, step 2 of 3: orders: quarantine
-- Runs on the target (postgres).
-- Quarantines the batch (lo, hi]: each source row that orders would refuse goes into
-- datamove_reject_orders with its source key and every reason it breaks (customer_id: parent key
-- not in datamove_keymap_customers; total: more than 6 digits before the decimal point; note:
-- longer than 500 characters); the copy leaves these rows out. Runs before the copy, in the same
-- transaction.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_cleanup:orders.quarantine */
INSERT INTO "app"."datamove_reject_orders" ("step", "source_key", "reason", "rejected_at")
SELECT 'orders', CAST(json_build_array("b"."id") AS text),
  CONCAT_WS('; ',
    CASE WHEN (("k_customer_id"."new_key" IS NULL) AND ("b"."customer_id" IS NOT NULL)) THEN 'customer_id: parent key not in datamove_keymap_customers' END,
    CASE WHEN (("b"."total" NOT BETWEEN -999999.99 AND 999999.99) IS TRUE) THEN 'total: more than 6 digits before the decimal point' END,
    CASE WHEN ((char_length("b"."note") > 500) IS TRUE) THEN 'note: longer than 500 characters' END),
  CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(6) without time zone)
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."total", "s"."note"
  FROM "legacy"."orders" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
LEFT JOIN "app"."datamove_keymap_customers" AS "k_customer_id" ON "k_customer_id"."legacy_key" = "b"."customer_id"
WHERE (
    (("k_customer_id"."new_key" IS NULL) AND ("b"."customer_id" IS NOT NULL))
    OR (("b"."total" NOT BETWEEN -999999.99 AND 999999.99) IS TRUE)
    OR ((char_length("b"."note") > 500) IS TRUE))
