-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into order_lines, mapped per the spec; a row
-- whose (order_id, line_no) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove orders_until_cutoff:order_lines.copy_staged */
INSERT INTO "eu"."order_lines" AS "t" ("order_id", "line_no", "sku", "quantity")
SELECT "b"."order_id", "b"."line_no", "b"."sku", "b"."qty"
FROM "datamove_stage_order_lines" AS "b"
ON CONFLICT ("order_id", "line_no") DO UPDATE SET "sku" = EXCLUDED."sku", "quantity" = EXCLUDED."quantity"
WHERE ("t"."sku", "t"."quantity") IS DISTINCT FROM (EXCLUDED."sku", EXCLUDED."quantity")
