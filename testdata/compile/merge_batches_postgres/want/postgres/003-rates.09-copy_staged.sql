-- datamove plan ledger_merge, step 3 of 3: rates: copy_staged
-- Runs on the target (postgres).
-- Merges the batch (lo, hi] from the stage table into rates (MERGE, bounded to the batch's key
-- range on the target side); a row whose (currency, day) already exists is kept as it is (skipped,
-- and counted by the runtime).
-- Binds nothing.
/* datamove ledger_merge:rates.copy_staged */
MERGE INTO "ledger"."rates" AS "t"
USING (
  SELECT "b"."currency" AS "currency", "b"."day" AS "day", "b"."rate" AS "rate"
  FROM "datamove_stage_rates" AS "b"
) AS "m"
ON "t"."currency" = "m"."currency" AND "t"."day" = "m"."day"
WHEN NOT MATCHED THEN INSERT ("currency", "day", "rate") VALUES ("m"."currency", "m"."day", "m"."rate")
