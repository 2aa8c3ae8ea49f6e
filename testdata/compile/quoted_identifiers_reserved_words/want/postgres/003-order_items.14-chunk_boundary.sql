-- datamove plan quoted_names, step 3 of 3: order_items: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (OrderID, LineNo) of the
-- batch_size-th row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   $1   @grp        string
--   $2   lo_open     bool
--   $3   lo.OrderID  int32
--   $4   lo.LineNo   int32
--   $5   hi_open     bool
--   $6   hi.OrderID  int32
--   $7   hi.LineNo   int32
--   $8   batch_size  number
/* datamove quoted_names:order_items.chunk_boundary */
SELECT "b"."OrderID", "b"."LineNo", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."OrderID", "s"."LineNo"
  FROM "legacy"."Order Items" AS "s"
  WHERE ("s"."OrderID" IN (SELECT "o"."id" FROM "legacy"."order" AS "o" WHERE ("o"."group" = CAST($1 AS text)) OR "o"."select"))
    AND (CAST($2 AS boolean) OR ("s"."OrderID", "s"."LineNo") > (CAST($3 AS bigint), CAST($4 AS bigint)))
    AND (CAST($5 AS boolean) OR ("s"."OrderID", "s"."LineNo") <= (CAST($6 AS bigint), CAST($7 AS bigint)))
  ORDER BY "s"."OrderID", "s"."LineNo"
  LIMIT CAST($8 AS bigint)
) AS "b"
ORDER BY "b"."OrderID" DESC, "b"."LineNo" DESC
LIMIT 1
