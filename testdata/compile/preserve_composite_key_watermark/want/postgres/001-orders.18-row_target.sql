-- datamove plan orders_until_cutoff, step 1 of 2: orders: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove orders_until_cutoff:orders.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."customer_ref" AS text)) AS text) || ':' || CAST("t"."customer_ref" AS text), 'N') AS "customer_ref",
  COALESCE(CAST(char_length(CAST(CAST("t"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."total" AS numeric(65,2)) AS text), 'N') AS "total",
  COALESCE(CAST(char_length(to_char("t"."updated_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."updated_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "updated_at"
FROM "eu"."orders" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
