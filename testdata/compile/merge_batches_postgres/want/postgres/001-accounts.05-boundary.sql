-- datamove plan ledger_merge, step 1 of 3: accounts: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   $1   lo_open     bool
--   $2   lo.id       int64
--   $3   batch_size  number
/* datamove ledger_merge:accounts.boundary */
SELECT "b"."id"
FROM (
  SELECT "s"."id"
  FROM "legacy"."accounts" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($3 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
