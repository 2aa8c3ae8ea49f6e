-- datamove plan warehouse_move, step 2 of 3: stock: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into stock_levels, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @warehouse_id  number
--   $2   lo_open        bool
--   $3   lo.id          int32
--   $4   hi_open        bool
--   $5   hi.id          int32
/* datamove warehouse_move:stock.copy */
INSERT INTO "wms"."stock_levels" AS "t" ("id", "warehouse_id", "sku", "on_hand")
SELECT "b"."id", "b"."warehouse_id", "b"."sku", "b"."qty"
FROM (
  SELECT "s"."id", "s"."warehouse_id", "s"."sku", "s"."qty"
  FROM "legacy"."stock" AS "s"
  WHERE ("s"."warehouse_id" = CAST($1 AS bigint))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "warehouse_id" = EXCLUDED."warehouse_id", "sku" = EXCLUDED."sku", "on_hand" = EXCLUDED."on_hand"
WHERE ("t"."warehouse_id", "t"."sku", "t"."on_hand") IS DISTINCT FROM (EXCLUDED."warehouse_id", EXCLUDED."sku", EXCLUDED."on_hand")
