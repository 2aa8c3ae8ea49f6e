-- datamove plan region_move, step 1 of 3: customers: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into customers, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
--   $4   lo_open       bool
--   $5   lo.id         int32
--   $6   hi_open       bool
--   $7   hi.id         int32
/* datamove region_move:customers.copy */
INSERT INTO "crm"."customers" AS "t" ("id", "region", "is_active", "name", "created_at")
SELECT "b"."id", "b"."region", "b"."is_active", "b"."name", "b"."created_at"
FROM (
  SELECT "s"."id", "s"."region", "s"."is_active", "s"."name", "s"."created_at"
  FROM "legacy"."customers" AS "s"
  WHERE ((("s"."region" = CAST($1 AS text)) AND ("s"."is_active" OR (NOT CAST($2 AS boolean)))) AND ("s"."created_at" >= CAST($3 AS timestamp(6) without time zone)))
    AND (CAST($4 AS boolean) OR "s"."id" > CAST($5 AS bigint))
    AND (CAST($6 AS boolean) OR "s"."id" <= CAST($7 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "region" = EXCLUDED."region", "is_active" = EXCLUDED."is_active", "name" = EXCLUDED."name", "created_at" = EXCLUDED."created_at"
WHERE ("t"."region", "t"."is_active", "t"."name", "t"."created_at") IS DISTINCT FROM (EXCLUDED."region", EXCLUDED."is_active", EXCLUDED."name", EXCLUDED."created_at")
