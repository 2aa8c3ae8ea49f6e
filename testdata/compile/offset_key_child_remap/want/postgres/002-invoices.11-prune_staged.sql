-- datamove plan shard_merge, step 2 of 2: invoices: prune_staged
-- Runs on the target (postgres).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   $1   @id_offset  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove shard_merge:invoices.prune_staged */
DELETE FROM "main"."invoices" AS "t"
WHERE ("t"."id" > CAST($1 AS bigint))
  AND (CAST($2 AS boolean) OR "t"."id" > (CAST($3 AS bigint) + CAST($1 AS bigint)))
  AND (CAST($4 AS boolean) OR "t"."id" <= (CAST($5 AS bigint) + CAST($1 AS bigint)))
  AND NOT EXISTS (
  SELECT 1
  FROM "datamove_stage_invoices" AS "b"
  WHERE "b"."id" = ("t"."id" - CAST($1 AS bigint))
)
