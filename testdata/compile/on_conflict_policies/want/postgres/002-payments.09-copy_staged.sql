-- datamove plan catalog_merge, step 2 of 3: payments: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into payments, mapped per the spec; a row whose
-- (id) already exists is an error.
-- Binds nothing.
/* datamove catalog_merge:payments.copy_staged */
INSERT INTO "shop"."payments" AS "t" ("id", "amount", "paid_at")
SELECT "b"."id", "b"."amount", "b"."paid_at"
FROM "datamove_stage_payments" AS "b"
