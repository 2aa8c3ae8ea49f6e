-- datamove plan ledger_merge, step 2 of 3: entries: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int64
--   $3   hi_open  bool
--   $4   hi.id    int64
/* datamove ledger_merge:entries.read */
SELECT "s"."id", "s"."account_id", "s"."amount", "s"."voided" AS "dm_deleted"
FROM "legacy"."entries" AS "s"
WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
  AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
ORDER BY "s"."id"
