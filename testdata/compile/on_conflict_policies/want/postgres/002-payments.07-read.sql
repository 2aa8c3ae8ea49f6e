-- datamove plan catalog_merge, step 2 of 3: payments: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @include_archived  bool
--   $2   lo_open            bool
--   $3   lo.id              int64
--   $4   hi_open            bool
--   $5   hi.id              int64
/* datamove catalog_merge:payments.read */
SELECT "s"."id", "s"."amount", "s"."paid_at"
FROM "legacy"."payments" AS "s"
WHERE ((NOT "s"."archived") OR CAST($1 AS boolean))
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
