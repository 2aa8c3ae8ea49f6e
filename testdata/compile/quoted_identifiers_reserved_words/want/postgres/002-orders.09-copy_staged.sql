-- datamove plan quoted_names, step 2 of 3: orders: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into Orders, mapped per the spec; a row whose
-- (ID) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove quoted_names:orders.copy_staged */
INSERT INTO "shop"."Orders" AS "t" ("ID", "CustomerID", "group", "select", "Total")
SELECT "b"."id", "b"."CustomerID", "b"."group", "b"."select", round("b"."Total Amount", 2)
FROM "datamove_stage_Orders" AS "b"
ON CONFLICT ("ID") DO UPDATE SET "CustomerID" = EXCLUDED."CustomerID", "group" = EXCLUDED."group", "select" = EXCLUDED."select", "Total" = EXCLUDED."Total"
WHERE ("t"."CustomerID", "t"."group", "t"."select", "t"."Total") IS DISTINCT FROM (EXCLUDED."CustomerID", EXCLUDED."group", EXCLUDED."select", EXCLUDED."Total")
