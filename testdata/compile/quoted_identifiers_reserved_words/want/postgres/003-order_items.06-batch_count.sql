-- datamove plan quoted_names, step 3 of 3: order_items: batch_count
-- Runs on the source (postgres).
-- Counts the source rows of the batch (lo, hi] that the copy writes (the spec's filter applied, as
-- count_source), so that rows an existing target row kept (skipped) or the quarantine took can be
-- counted.
-- Binds:
--   $1   @grp        string
--   $2   lo_open     bool
--   $3   lo.OrderID  int32
--   $4   lo.LineNo   int32
--   $5   hi_open     bool
--   $6   hi.OrderID  int32
--   $7   hi.LineNo   int32
/* datamove quoted_names:order_items.batch_count */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."Order Items" AS "s"
WHERE ("s"."OrderID" IN (SELECT "o"."id" FROM "legacy"."order" AS "o" WHERE ("o"."group" = CAST($1 AS text)) OR "o"."select"))
  AND (CAST($2 AS boolean) OR ("s"."OrderID", "s"."LineNo") > (CAST($3 AS bigint), CAST($4 AS bigint)))
  AND (CAST($5 AS boolean) OR ("s"."OrderID", "s"."LineNo") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
