-- datamove plan ledger_merge, step 3 of 3: rates: copy
-- Runs on the target (postgres).
-- Merges the batch (lo, hi] from the source table into rates (MERGE, bounded to the batch's key
-- range on the target side); a row whose (currency, day) already exists is kept as it is (skipped,
-- and counted by the runtime).
-- Binds:
--   $1   lo_open      bool
--   $2   lo.day       date
--   $3   lo.currency  char(3)
--   $4   hi_open      bool
--   $5   hi.day       date
--   $6   hi.currency  char(3)
/* datamove ledger_merge:rates.copy */
MERGE INTO "ledger"."rates" AS "t"
USING (
  SELECT "b"."currency" AS "currency", "b"."day" AS "day", "b"."rate" AS "rate"
  FROM (
    SELECT "s"."currency", "s"."day", "s"."rate"
    FROM "legacy"."rates" AS "s"
    WHERE (CAST($1 AS boolean) OR ("s"."day", "s"."currency") > (CAST($2 AS date), CAST($3 AS bpchar)))
      AND (CAST($4 AS boolean) OR ("s"."day", "s"."currency") <= (CAST($5 AS date), CAST($6 AS bpchar)))
  ) AS "b"
) AS "m"
ON "t"."currency" = "m"."currency" AND "t"."day" = "m"."day"
WHEN NOT MATCHED THEN INSERT ("currency", "day", "rate") VALUES ("m"."currency", "m"."day", "m"."rate")
