-- datamove plan ledger_merge, step 3 of 3: rates: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.day       date
--   $3   lo.currency  char(3)
--   $4   hi_open      bool
--   $5   hi.day       date
--   $6   hi.currency  char(3)
/* datamove ledger_merge:rates.read */
SELECT "s"."currency", "s"."day", "s"."rate"
FROM "legacy"."rates" AS "s"
WHERE (CAST($1 AS boolean) OR ("s"."day", "s"."currency") > (CAST($2 AS date), CAST($3 AS bpchar)))
  AND (CAST($4 AS boolean) OR ("s"."day", "s"."currency") <= (CAST($5 AS date), CAST($6 AS bpchar)))
ORDER BY "s"."day", "s"."currency"
