-- datamove plan ledger_merge, step 3 of 3: rates: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (currency, day) of the batch_size-th source row
-- after lo in watermark order, at most hi (the end of a key-range part; hi_open when there is
-- none), with batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
--   $7   batch_size   number
/* datamove ledger_merge:rates.boundary */
SELECT "b"."currency", "b"."day", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."currency", "s"."day"
  FROM "legacy"."rates" AS "s"
  WHERE (CAST($1 AS boolean) OR ("s"."currency", "s"."day") > (CAST($2 AS bpchar), CAST($3 AS date)))
    AND (CAST($4 AS boolean) OR ("s"."currency", "s"."day") <= (CAST($5 AS bpchar), CAST($6 AS date)))
  ORDER BY "s"."currency", "s"."day"
  LIMIT CAST($7 AS bigint)
) AS "b"
ORDER BY "b"."currency" DESC, "b"."day" DESC
LIMIT 1
