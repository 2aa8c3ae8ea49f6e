-- datamove plan ledger_merge, step 2 of 3: entries: copy
-- Runs on the target (postgres).
-- Merges the batch (lo, hi] from the source table into entries (MERGE, bounded to the batch's key
-- range on the target side); a row whose (id) already exists is updated, only when a value
-- differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove ledger_merge:entries.copy */
MERGE INTO "ledger"."entries" AS "t"
USING (
  SELECT "b"."id" AS "id", "b"."account_id" AS "account_id", "b"."amount" AS "amount", "b"."dm_deleted" AS "dm_deleted"
  FROM (
    SELECT "s"."id", "s"."account_id", "s"."amount", "s"."voided" AS "dm_deleted"
    FROM "legacy"."entries" AS "s"
    WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
  ) AS "b"
) AS "m"
ON "t"."id" = "m"."id"
  AND (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
WHEN MATCHED AND "m"."dm_deleted" THEN DELETE
WHEN MATCHED AND ("t"."account_id", "t"."amount") IS DISTINCT FROM ("m"."account_id", "m"."amount") THEN UPDATE SET "account_id" = "m"."account_id", "amount" = "m"."amount"
WHEN NOT MATCHED AND NOT "m"."dm_deleted" THEN INSERT ("id", "account_id", "amount") VALUES ("m"."id", "m"."account_id", "m"."amount")
