-- datamove plan ledger_merge, step 3 of 3: rates: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (currency, day) of the batch_size-th source row
-- after lo in watermark order (no row: the step is done).
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   batch_size   number
/* datamove ledger_merge:rates.boundary */
SELECT "b"."currency", "b"."day"
FROM (
  SELECT "s"."currency", "s"."day"
  FROM "legacy"."rates" AS "s"
  WHERE (CAST($1 AS boolean) OR ("s"."currency", "s"."day") > (CAST($2 AS text), CAST($3 AS date)))
  ORDER BY "s"."currency", "s"."day"
  LIMIT CAST($4 AS bigint)
) AS "b"
ORDER BY "b"."currency" DESC, "b"."day" DESC
LIMIT 1
