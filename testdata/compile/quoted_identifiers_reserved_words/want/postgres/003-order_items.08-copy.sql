-- datamove plan quoted_names, step 3 of 3: order_items: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into Order Items, mapped per the spec; a row
-- whose (OrderID, LineNo) already exists is updated, only when a value differs.
-- Binds:
--   $1   @grp        string
--   $2   lo_open     bool
--   $3   lo.OrderID  int32
--   $4   lo.LineNo   int32
--   $5   hi_open     bool
--   $6   hi.OrderID  int32
--   $7   hi.LineNo   int32
/* datamove quoted_names:order_items.copy */
INSERT INTO "shop"."Order Items" AS "t" ("OrderID", "LineNo", "desc")
SELECT "b"."OrderID", "b"."LineNo", upper("b"."desc")
FROM (
  SELECT "s"."OrderID", "s"."LineNo", "s"."desc"
  FROM "legacy"."Order Items" AS "s"
  WHERE ("s"."OrderID" IN (SELECT "o"."id" FROM "legacy"."order" AS "o" WHERE ("o"."group" = CAST($1 AS text)) OR "o"."select"))
    AND (CAST($2 AS boolean) OR ("s"."OrderID", "s"."LineNo") > (CAST($3 AS bigint), CAST($4 AS bigint)))
    AND (CAST($5 AS boolean) OR ("s"."OrderID", "s"."LineNo") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
) AS "b"
ON CONFLICT ("OrderID", "LineNo") DO UPDATE SET "desc" = EXCLUDED."desc"
WHERE ("t"."desc") IS DISTINCT FROM (EXCLUDED."desc")
