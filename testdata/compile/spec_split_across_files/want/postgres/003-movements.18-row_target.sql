-- datamove plan warehouse_move, step 3 of 3: movements: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int64
/* datamove warehouse_move:movements.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."stock_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."stock_id" AS numeric(20,0)) AS text), 'N') AS "stock_id",
  COALESCE(CAST(char_length(CAST(CAST("t"."delta" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."delta" AS numeric(20,0)) AS text), 'N') AS "delta",
  COALESCE(CAST(char_length(to_char("t"."moved_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."moved_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "moved_at"
FROM "wms"."movements" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
