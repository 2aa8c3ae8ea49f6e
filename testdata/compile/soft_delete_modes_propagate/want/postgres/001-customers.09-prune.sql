-- datamove plan crm_soft_deletes, step 1 of 3: customers: prune
-- Runs on the target (postgres).
-- Deletes target rows in scope whose key falls in the batch's range (lo, hi] but no longer exists
-- in the filtered source (hard deletes propagate).
-- Binds:
--   $1   @source_system  string
--   $2   lo_open         bool
--   $3   lo.id           int32
--   $4   hi_open         bool
--   $5   hi.id           int32
/* datamove crm_soft_deletes:customers.prune */
DELETE FROM "crm"."customers" AS "t"
WHERE ("t"."source_system" = CAST($1 AS text))
  AND (CAST($2 AS boolean) OR "t"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "t"."id" <= CAST($5 AS bigint))
  AND NOT EXISTS (
  SELECT 1
  FROM (
    SELECT "s"."id", "s"."email", ((("s"."deleted_at" IS NOT NULL) OR ("s"."status" = 'closed')) IS TRUE) AS "dm_deleted"
    FROM "legacy"."customers" AS "s"
    WHERE (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
      AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ) AS "b"
  WHERE "b"."id" = "t"."id"
)
