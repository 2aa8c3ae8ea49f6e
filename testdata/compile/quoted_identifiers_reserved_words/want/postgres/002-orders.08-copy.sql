-- datamove plan quoted_names, step 2 of 3: orders: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into Orders, mapped per the spec; a row whose
-- (ID) already exists is updated, only when a value differs.
-- Binds:
--   $1   @grp     string
--   $2   lo_open  bool
--   $3   lo.id    int32
--   $4   hi_open  bool
--   $5   hi.id    int32
/* datamove quoted_names:orders.copy */
INSERT INTO "shop"."Orders" AS "t" ("ID", "CustomerID", "group", "select", "Total")
SELECT "b"."id", "b"."CustomerID", "b"."group", "b"."select", round("b"."Total Amount", 2)
FROM (
  SELECT "s"."id", "s"."CustomerID", "s"."group", "s"."select", "s"."Total Amount"
  FROM "legacy"."order" AS "s"
  WHERE (("s"."group" = CAST($1 AS text)) OR "s"."select")
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
) AS "b"
ON CONFLICT ("ID") DO UPDATE SET "CustomerID" = EXCLUDED."CustomerID", "group" = EXCLUDED."group", "select" = EXCLUDED."select", "Total" = EXCLUDED."Total"
WHERE ("t"."CustomerID", "t"."group", "t"."select", "t"."Total") IS DISTINCT FROM (EXCLUDED."CustomerID", EXCLUDED."group", EXCLUDED."select", EXCLUDED."Total")
