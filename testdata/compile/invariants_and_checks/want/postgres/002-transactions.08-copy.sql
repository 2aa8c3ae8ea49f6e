-- datamove plan bank_tenant, step 2 of 2: transactions: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into transactions, mapped per the spec; a row
-- whose (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int64
--   $4   hi_open     bool
--   $5   hi.id       int64
/* datamove bank_tenant:transactions.copy */
INSERT INTO "bank"."transactions" AS "t" ("id", "account_id", "amount", "posted_at")
SELECT "b"."id", "b"."account_id", round((round(CAST("b"."amount_cents" AS numeric), 30) / 100), 2), "b"."posted_at"
FROM (
  SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."posted_at"
  FROM "legacy"."transactions" AS "s"
  WHERE ("s"."account_id" IN (SELECT "id" FROM "legacy"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "account_id" = EXCLUDED."account_id", "amount" = EXCLUDED."amount", "posted_at" = EXCLUDED."posted_at"
WHERE ("t"."account_id", "t"."amount", "t"."posted_at") IS DISTINCT FROM (EXCLUDED."account_id", EXCLUDED."amount", EXCLUDED."posted_at")
