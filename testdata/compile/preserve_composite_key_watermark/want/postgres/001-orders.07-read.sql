-- datamove plan orders_until_cutoff, step 1 of 2: orders: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @cutoff        timestamp
--   $2   lo_open        bool
--   $3   lo.updated_at  timestamp(6)
--   $4   lo.id          int32
--   $5   hi_open        bool
--   $6   hi.updated_at  timestamp(6)
--   $7   hi.id          int32
/* datamove orders_until_cutoff:orders.read */
SELECT "s"."id", "s"."customer_ref", "s"."total", "s"."updated_at"
FROM "legacy"."orders" AS "s"
WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
  AND (CAST($2 AS boolean) OR ("s"."updated_at", "s"."id") > (CAST($3 AS timestamp(6) without time zone), CAST($4 AS bigint)))
  AND (CAST($5 AS boolean) OR ("s"."updated_at", "s"."id") <= (CAST($6 AS timestamp(6) without time zone), CAST($7 AS bigint)))
ORDER BY "s"."updated_at", "s"."id"
