-- datamove plan quoted_names, step 3 of 3: order_items: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into Order Items, mapped per the spec; a row
-- whose (OrderID, LineNo) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove quoted_names:order_items.copy_staged */
INSERT INTO "shop"."Order Items" AS "t" ("OrderID", "LineNo", "desc")
SELECT "b"."OrderID", "b"."LineNo", upper("b"."desc")
FROM "datamove_stage_Order Items" AS "b"
ON CONFLICT ("OrderID", "LineNo") DO UPDATE SET "desc" = EXCLUDED."desc"
WHERE ("t"."desc") IS DISTINCT FROM (EXCLUDED."desc")
