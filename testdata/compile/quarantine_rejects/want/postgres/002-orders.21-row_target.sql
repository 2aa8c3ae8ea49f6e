-- datamove plan crm_cleanup, step 2 of 3: orders: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove crm_cleanup:orders.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("kt_customer_id"."legacy_key" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("kt_customer_id"."legacy_key" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST(CAST("t"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."total" AS numeric(65,2)) AS text), 'N') AS "total",
  COALESCE(CAST(char_length(CAST("t"."note" AS text)) AS text) || ':' || CAST("t"."note" AS text), 'N') AS "note"
FROM "app"."orders" AS "t"
LEFT JOIN "app"."datamove_keymap_customers" AS "kt_customer_id" ON "kt_customer_id"."new_key" = "t"."customer_id"
WHERE "t"."id" = CAST($1 AS bigint)
