-- datamove plan warehouse_move, step 3 of 3: movements: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @warehouse_id  number
--   $2   key.id         int64
/* datamove warehouse_move:movements.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."stock_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."stock_id" AS numeric(20,0)) AS text), 'N') AS "stock_id",
  COALESCE(CAST(char_length(CAST(CAST("b"."delta" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."delta" AS numeric(20,0)) AS text), 'N') AS "delta",
  COALESCE(CAST(char_length(to_char("b"."moved_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."moved_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "moved_at"
FROM (
  SELECT "s"."id", "s"."stock_id", "s"."delta", "s"."moved_at"
  FROM "legacy"."stock_movements" AS "s"
  WHERE ("s"."stock_id" IN (SELECT "id" FROM "legacy"."stock" WHERE "warehouse_id" = CAST($1 AS bigint)))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
