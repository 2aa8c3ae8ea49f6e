-- datamove plan bank_tenant, step 1 of 2: accounts: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   batch_size  number
/* datamove bank_tenant:accounts.boundary */
SELECT "b"."id"
FROM (
  SELECT "s"."id"
  FROM "legacy"."accounts" AS "s"
  WHERE ("s"."tenant_id" = CAST($1 AS bigint))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($4 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
