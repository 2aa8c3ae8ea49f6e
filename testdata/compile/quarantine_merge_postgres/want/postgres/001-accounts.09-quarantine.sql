-- datamove plan accounts_merge, step 1 of 1: accounts: quarantine
-- Runs on the target (postgres).
-- Quarantines the batch (lo, hi]: each source row that accounts would refuse goes into
-- datamove_reject_accounts with its source key and every reason it breaks (name: longer than 20
-- characters; code: NULL into a NOT NULL column); the copy leaves these rows out. Runs before the
-- copy, in the same transaction.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove accounts_merge:accounts.quarantine */
INSERT INTO "app"."datamove_reject_accounts" ("step", "source_key", "reason", "rejected_at")
SELECT 'accounts', CAST(json_build_array("b"."id") AS text),
  CONCAT_WS('; ',
    CASE WHEN ((char_length("b"."name") > 20) IS TRUE) THEN 'name: longer than 20 characters' END,
    CASE WHEN ("b"."code" IS NULL) THEN 'code: NULL into a NOT NULL column' END),
  CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(6) without time zone)
FROM (
  SELECT "s"."id", "s"."name", "s"."code", ("s"."deleted_at" IS NOT NULL) AS "dm_deleted"
  FROM "legacy"."accounts" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
WHERE (NOT "b"."dm_deleted" AND (
    ((char_length("b"."name") > 20) IS TRUE)
    OR ("b"."code" IS NULL)))
