-- datamove plan accounts_merge, step 1 of 1: accounts: quarantine_staged
-- Runs on the target (postgres).
-- Quarantines the batch (lo, hi]: each stage row that accounts would refuse goes into
-- datamove_reject_accounts with its source key and every reason it breaks (name: longer than 20
-- characters; code: NULL into a NOT NULL column); the copy leaves these rows out. Runs before the
-- copy, in the same transaction.
-- Binds nothing.
/* datamove accounts_merge:accounts.quarantine_staged */
INSERT INTO "app"."datamove_reject_accounts" ("step", "source_key", "reason", "rejected_at")
SELECT 'accounts', CAST(json_build_array("b"."id") AS text),
  CONCAT_WS('; ',
    CASE WHEN ((char_length("b"."name") > 20) IS TRUE) THEN 'name: longer than 20 characters' END,
    CASE WHEN ("b"."code" IS NULL) THEN 'code: NULL into a NOT NULL column' END),
  CAST(statement_timestamp() AT TIME ZONE 'UTC' AS timestamp(6) without time zone)
FROM "datamove_stage_accounts" AS "b"
WHERE (NOT "b"."dm_deleted" AND (
    ((char_length("b"."name") > 20) IS TRUE)
    OR ("b"."code" IS NULL)))
