-- datamove plan ledger_merge, step 3 of 3: rates: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
/* datamove ledger_merge:rates.read */
SELECT "s"."currency", "s"."day", "s"."rate"
FROM "legacy"."rates" AS "s"
WHERE (CAST($1 AS boolean) OR ("s"."currency", "s"."day") > (CAST($2 AS bpchar), CAST($3 AS date)))
  AND (CAST($4 AS boolean) OR ("s"."currency", "s"."day") <= (CAST($5 AS bpchar), CAST($6 AS date)))
ORDER BY "s"."currency", "s"."day"
