-- datamove plan shard_merge, step 2 of 2: invoices: prune
-- Runs on the target (postgres).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   $1   @id_offset  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove shard_merge:invoices.prune */
DELETE FROM "main"."invoices" AS "t"
WHERE ("t"."id" > CAST($1 AS bigint))
  AND (CAST($2 AS boolean) OR "t"."id" > (CAST($3 AS bigint) + CAST($1 AS bigint)))
  AND (CAST($4 AS boolean) OR "t"."id" <= (CAST($5 AS bigint) + CAST($1 AS bigint)))
  AND NOT EXISTS (
  SELECT 1
  FROM (
    SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."issued_on"
    FROM "shard"."invoices" AS "s"
    WHERE (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
      AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ) AS "b"
  WHERE "b"."id" = ("t"."id" - CAST($1 AS bigint))
)
