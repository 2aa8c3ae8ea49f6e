-- datamove plan ledger_merge, step 1 of 3: accounts: copy_staged
-- Runs on the target (postgres).
-- Merges the batch (lo, hi] from the stage table into accounts (MERGE, bounded to the batch's key
-- range on the target side); a row whose (id) already exists is updated, only when a value
-- differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove ledger_merge:accounts.copy_staged */
MERGE INTO "ledger"."accounts" AS "t"
USING (
  SELECT "b"."id" AS "id", "b"."owner" AS "owner", "b"."opened_on" AS "opened_on"
  FROM "datamove_stage_accounts" AS "b"
) AS "m"
ON "t"."id" = "m"."id"
  AND (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
WHEN MATCHED AND ("t"."owner", "t"."opened_on") IS DISTINCT FROM ("m"."owner", "m"."opened_on") THEN UPDATE SET "owner" = "m"."owner", "opened_on" = "m"."opened_on"
WHEN NOT MATCHED THEN INSERT ("id", "owner", "opened_on") OVERRIDING SYSTEM VALUE VALUES ("m"."id", "m"."owner", "m"."opened_on")
