-- datamove plan ledger_merge, step 3 of 3: rates: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (day, currency) of the batch_size-th source row
-- after lo in watermark order, at most hi (the end of a key-range part; hi_open when there is
-- none), with batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.day       date
--   $3   lo.currency  char(3)
--   $4   hi_open      bool
--   $5   hi.day       date
--   $6   hi.currency  char(3)
--   $7   batch_size   number
/* datamove ledger_merge:rates.boundary */
SELECT "b"."day", "b"."currency", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."day", "s"."currency"
  FROM "legacy"."rates" AS "s"
  WHERE (CAST($1 AS boolean) OR ("s"."day", "s"."currency") > (CAST($2 AS date), CAST($3 AS bpchar)))
    AND (CAST($4 AS boolean) OR ("s"."day", "s"."currency") <= (CAST($5 AS date), CAST($6 AS bpchar)))
  ORDER BY "s"."day", "s"."currency"
  LIMIT CAST($7 AS bigint)
) AS "b"
ORDER BY "b"."day" DESC, "b"."currency" DESC
LIMIT 1
