-- datamove plan region_move, step 2 of 3: orders: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove region_move:orders.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST("t"."channel" AS text)) AS text) || ':' || CAST("t"."channel" AS text), 'N') AS "channel",
  COALESCE(CAST(char_length(CAST(CAST("t"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM "crm"."orders" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
