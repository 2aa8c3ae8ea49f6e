-- datamove plan quoted_names, step 2 of 3: orders: read
-- Runs on the source (postgres).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   $1   @grp     string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove quoted_names:orders.read */
SELECT "s"."id", "s"."CustomerID", "s"."group", "s"."select", "s"."Total Amount"
FROM "legacy"."order" AS "s"
WHERE (("s"."group" = CAST($1 AS text)) OR "s"."select")
  AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
  AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
ORDER BY "s"."id"
