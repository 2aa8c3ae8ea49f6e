-- datamove plan orders_until_cutoff, step 1 of 2: orders: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into orders, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   @cutoff        timestamp
--   $2   lo_open        bool
--   $3   lo.updated_at  timestamp(6)
--   $4   lo.id          int32
--   $5   hi_open        bool
--   $6   hi.updated_at  timestamp(6)
--   $7   hi.id          int32
/* datamove orders_until_cutoff:orders.copy */
INSERT INTO "eu"."orders" AS "t" ("id", "customer_ref", "total", "updated_at")
SELECT "b"."id", "b"."customer_ref", "b"."total", "b"."updated_at"
FROM (
  SELECT "s"."id", "s"."customer_ref", "s"."total", "s"."updated_at"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
    AND (CAST($2 AS boolean) OR ("s"."updated_at", "s"."id") > (CAST($3 AS timestamp(6) without time zone), CAST($4 AS bigint)))
    AND (CAST($5 AS boolean) OR ("s"."updated_at", "s"."id") <= (CAST($6 AS timestamp(6) without time zone), CAST($7 AS bigint)))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "customer_ref" = EXCLUDED."customer_ref", "total" = EXCLUDED."total", "updated_at" = EXCLUDED."updated_at"
WHERE ("t"."customer_ref", "t"."total", "t"."updated_at") IS DISTINCT FROM (EXCLUDED."customer_ref", EXCLUDED."total", EXCLUDED."updated_at")
