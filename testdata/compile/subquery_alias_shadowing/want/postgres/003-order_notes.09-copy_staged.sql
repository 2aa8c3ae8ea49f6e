-- datamove plan alias_shadowing, step 3 of 3: order_notes: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into order_notes, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove alias_shadowing:order_notes.copy_staged */
INSERT INTO "crm"."order_notes" AS "t" ("id", "order_id", "body")
SELECT "b"."id", "b"."order_id", "b"."body"
FROM "datamove_stage_order_notes" AS "b"
ON CONFLICT ("id") DO UPDATE SET "order_id" = EXCLUDED."order_id", "body" = EXCLUDED."body"
WHERE ("t"."order_id", "t"."body") IS DISTINCT FROM (EXCLUDED."order_id", EXCLUDED."body")
