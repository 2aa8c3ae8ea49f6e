-- datamove plan accounts_merge, step 1 of 1: accounts: copy_staged
-- Runs on the target (postgres).
-- Merges the batch (lo, hi] from the stage table into accounts (MERGE, bounded to the batch's key
-- range on the target side); a row whose (id) already exists is updated, only when a value
-- differs. Rows the quarantine statement puts in datamove_reject_accounts (they break a rule of
-- the target) are left out.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove accounts_merge:accounts.copy_staged */
MERGE INTO "app"."accounts" AS "t"
USING (
  SELECT "b"."id" AS "id", "b"."name" AS "name", "b"."code" AS "code", "b"."dm_deleted" AS "dm_deleted"
  FROM "datamove_stage_accounts" AS "b"
  WHERE "b"."dm_deleted" OR NOT (
      ((char_length("b"."name") > 20) IS TRUE)
      OR ("b"."code" IS NULL))
) AS "m"
ON "t"."id" = "m"."id"
  AND (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
WHEN MATCHED AND "m"."dm_deleted" THEN DELETE
WHEN MATCHED AND ("t"."name", "t"."code") IS DISTINCT FROM ("m"."name", "m"."code") THEN UPDATE SET "name" = "m"."name", "code" = "m"."code"
WHEN NOT MATCHED AND NOT "m"."dm_deleted" THEN INSERT ("id", "name", "code") VALUES ("m"."id", "m"."name", "m"."code")
