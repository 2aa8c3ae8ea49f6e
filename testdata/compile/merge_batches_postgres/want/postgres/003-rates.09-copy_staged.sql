-- datamove plan ledger_merge, step 3 of 3: rates: copy_staged
-- Runs on the target (postgres).
-- Merges the batch (lo, hi] from the stage table into rates (MERGE, bounded to the batch's key
-- range on the target side); a row whose (currency, day) already exists is kept as it is (skipped,
-- and counted by the runtime).
-- Binds:
--   $1   lo_open      bool
--   $2   lo.currency  char(3)
--   $3   lo.day       date
--   $4   hi_open      bool
--   $5   hi.currency  char(3)
--   $6   hi.day       date
/* datamove ledger_merge:rates.copy_staged */
MERGE INTO "ledger"."rates" AS "t"
USING (
  SELECT "b"."currency" AS "currency", "b"."day" AS "day", "b"."rate" AS "rate"
  FROM "datamove_stage_rates" AS "b"
) AS "m"
ON "t"."currency" = "m"."currency" AND "t"."day" = "m"."day"
  AND (CAST($1 AS boolean) OR ("t"."currency", "t"."day") > (CAST($2 AS bpchar), CAST($3 AS date)))
  AND (CAST($4 AS boolean) OR ("t"."currency", "t"."day") <= (CAST($5 AS bpchar), CAST($6 AS date)))
WHEN NOT MATCHED THEN INSERT ("currency", "day", "rate") VALUES ("m"."currency", "m"."day", "m"."rate")
