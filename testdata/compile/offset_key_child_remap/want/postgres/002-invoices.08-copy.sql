-- datamove plan shard_merge, step 2 of 2: invoices: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into invoices, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @id_offset  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove shard_merge:invoices.copy */
INSERT INTO "main"."invoices" AS "t" ("id", "account_id", "amount", "issued_on")
SELECT "b"."id" + CAST($1 AS bigint), "b"."account_id" + CAST($1 AS bigint), (round(CAST("b"."amount_cents" AS numeric), 30) / 100), "b"."issued_on"
FROM (
  SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."issued_on"
  FROM "shard"."invoices" AS "s"
  WHERE (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "account_id" = EXCLUDED."account_id", "amount" = EXCLUDED."amount", "issued_on" = EXCLUDED."issued_on"
WHERE ("t"."account_id", "t"."amount", "t"."issued_on") IS DISTINCT FROM (EXCLUDED."account_id", EXCLUDED."amount", EXCLUDED."issued_on")
