-- datamove plan tenant_move, step 1 of 2: stores: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into stores, mapped per the spec; a row whose
-- (legacy_id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove tenant_move:stores.copy */
INSERT INTO "eu"."stores" AS "t" ("legacy_id", "name", "tenant_id")
SELECT "b"."id", "b"."name", "b"."tenant_id"
FROM (
  SELECT "s"."id", "s"."name", "s"."tenant_id"
  FROM "legacy"."stores" AS "s"
  WHERE ("s"."tenant_id" = CAST($1 AS bigint))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("legacy_id") DO UPDATE SET "name" = EXCLUDED."name", "tenant_id" = EXCLUDED."tenant_id"
WHERE ("t"."name", "t"."tenant_id") IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."tenant_id")
