-- datamove plan orders_copy, step 1 of 1: orders: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove orders_copy:orders.copy */
INSERT INTO "shop"."orders" AS "t" ("id", "total")
SELECT "b"."id", "b"."total"
FROM (
  SELECT "s"."id", "s"."total"
  FROM "legacy"."orders" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "total" = EXCLUDED."total"
WHERE ("t"."total") IS DISTINCT FROM (EXCLUDED."total")
