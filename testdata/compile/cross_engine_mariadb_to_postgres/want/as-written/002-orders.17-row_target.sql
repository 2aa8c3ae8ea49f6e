-- datamove plan shop_to_postgres, step 2 of 2: orders: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove shop_to_postgres:orders.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST(trim_scale(CAST("t"."total" AS numeric)) AS text)) AS text) || ':' || CAST(trim_scale(CAST("t"."total" AS numeric)) AS text), 'N') AS "total",
  COALESCE(CAST(char_length(to_char("t"."placed_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."placed_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "placed_at"
FROM "shop"."orders" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
