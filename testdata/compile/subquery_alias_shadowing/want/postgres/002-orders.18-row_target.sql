-- datamove plan alias_shadowing, step 2 of 3: orders: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @region  string
--   $2   key.id   int32
/* datamove alias_shadowing:orders.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST("t"."channel" AS text)) AS text) || ':' || CAST("t"."channel" AS text), 'N') AS "channel",
  COALESCE(CAST(char_length(CAST(CAST("t"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM "crm"."orders" AS "t"
WHERE (EXISTS (SELECT 1 FROM "crm"."customers" AS "t_1" WHERE ("t_1"."id" = "t"."customer_id") AND ("t_1"."region" = CAST($1 AS text))))
  AND "t"."id" = CAST($2 AS bigint)
