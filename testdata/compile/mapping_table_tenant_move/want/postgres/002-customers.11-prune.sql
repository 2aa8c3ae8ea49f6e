-- datamove plan tenant_move, step 2 of 2: customers: prune
-- Runs on the target (postgres).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove tenant_move:customers.prune */
DELETE FROM "eu"."customers" AS "t"
WHERE ("t"."tenant_id" = CAST($1 AS bigint))
  AND (CAST($2 AS boolean) OR "t"."legacy_id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "t"."legacy_id" <= CAST($5 AS bigint))
  AND NOT EXISTS (
  SELECT 1
  FROM (
    SELECT "s"."id", "s"."store_id", "s"."email", "s"."created_at", "s"."balance_cents"
    FROM "legacy"."customers" AS "s"
    WHERE (("s"."store_id" IN (SELECT "id" FROM "legacy"."stores" WHERE "tenant_id" = CAST($1 AS bigint))) AND (NOT ("s"."deleted_at" IS NOT NULL)))
      AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
      AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ) AS "b"
  WHERE "b"."id" = "t"."legacy_id"
)
