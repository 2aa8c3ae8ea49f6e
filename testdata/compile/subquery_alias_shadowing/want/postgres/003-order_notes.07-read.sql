-- datamove plan alias_shadowing, step 3 of 3: order_notes: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @region  string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove alias_shadowing:order_notes.read */
SELECT "s"."id", "s"."order_id", "s"."body"
FROM "legacy"."order_notes" AS "s"
WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "s_1" INNER JOIN "legacy"."customers" AS "t" ON "t"."id" = "s_1"."customer_id" WHERE ("s_1"."id" = "s"."order_id") AND ("t"."region" = CAST($1 AS text))))
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
