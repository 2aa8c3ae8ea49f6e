-- datamove plan crm_soft_deletes, step 2 of 3: products: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into products, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove crm_soft_deletes:products.copy */
INSERT INTO "crm"."products" AS "t" ("id", "sku")
SELECT "b"."id", "b"."sku"
FROM (
  SELECT "s"."id", "s"."sku"
  FROM "legacy"."products" AS "s"
  WHERE (NOT "s"."is_discontinued")
    AND (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "sku" = EXCLUDED."sku"
WHERE ("t"."sku") IS DISTINCT FROM (EXCLUDED."sku")
