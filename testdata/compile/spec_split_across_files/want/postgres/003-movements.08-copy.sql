-- datamove plan warehouse_move, step 3 of 3: movements: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into movements, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @warehouse_id  number
--   $2   lo_open        bool
--   $3   lo.id          int64
--   $4   hi_open        bool
--   $5   hi.id          int64
/* datamove warehouse_move:movements.copy */
INSERT INTO "wms"."movements" AS "t" ("id", "stock_id", "delta", "moved_at")
SELECT "b"."id", "b"."stock_id", "b"."delta", "b"."moved_at"
FROM (
  SELECT "s"."id", "s"."stock_id", "s"."delta", "s"."moved_at"
  FROM "legacy"."stock_movements" AS "s"
  WHERE ("s"."stock_id" IN (SELECT "id" FROM "legacy"."stock" WHERE "warehouse_id" = CAST($1 AS bigint)))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "stock_id" = EXCLUDED."stock_id", "delta" = EXCLUDED."delta", "moved_at" = EXCLUDED."moved_at"
WHERE ("t"."stock_id", "t"."delta", "t"."moved_at") IS DISTINCT FROM (EXCLUDED."stock_id", EXCLUDED."delta", EXCLUDED."moved_at")
