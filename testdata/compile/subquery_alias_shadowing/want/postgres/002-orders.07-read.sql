-- datamove plan alias_shadowing, step 2 of 3: orders: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @region  string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove alias_shadowing:orders.read */
SELECT "s"."id", "s"."customer_id", "s"."channel", "s"."total"
FROM "legacy"."orders" AS "s"
WHERE ("s"."customer_id" IN (SELECT "s_1"."id" FROM "legacy"."customers" AS "s_1" WHERE ("s_1"."region" = CAST($1 AS text)) AND ("s_1"."id" IN (SELECT "s_2"."customer_id" FROM "legacy"."orders" AS "s_2" WHERE "s_2"."id" = "s"."id"))))
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
