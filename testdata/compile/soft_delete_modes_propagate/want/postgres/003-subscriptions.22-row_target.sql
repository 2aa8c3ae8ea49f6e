-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @source_system  string
--   $2   key.id          int32
/* datamove crm_soft_deletes:subscriptions.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST(CAST("t"."product_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."product_id" AS numeric(20,0)) AS text), 'N') AS "product_id"
FROM "crm"."subscriptions" AS "t"
WHERE ("t"."customer_id" IN (SELECT "id" FROM "crm"."customers" WHERE "source_system" = CAST($1 AS text)))
  AND "t"."id" = CAST($2 AS bigint)
