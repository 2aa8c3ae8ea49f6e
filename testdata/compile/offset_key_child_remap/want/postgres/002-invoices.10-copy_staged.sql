-- datamove plan shard_merge, step 2 of 2: invoices: copy_staged
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the stage table into invoices, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @id_offset  number
/* datamove shard_merge:invoices.copy_staged */
INSERT INTO "main"."invoices" AS "t" ("id", "account_id", "amount", "issued_on")
SELECT "b"."id" + CAST($1 AS bigint), "b"."account_id" + CAST($1 AS bigint), (round(CAST("b"."amount_cents" AS numeric), 30) / 100), "b"."issued_on"
FROM "datamove_stage_invoices" AS "b"
ON CONFLICT ("id") DO UPDATE SET "account_id" = EXCLUDED."account_id", "amount" = EXCLUDED."amount", "issued_on" = EXCLUDED."issued_on"
WHERE ("t"."account_id", "t"."amount", "t"."issued_on") IS DISTINCT FROM (EXCLUDED."account_id", EXCLUDED."amount", EXCLUDED."issued_on")
