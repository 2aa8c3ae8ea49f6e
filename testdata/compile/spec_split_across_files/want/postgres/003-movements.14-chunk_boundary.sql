-- datamove plan warehouse_move, step 3 of 3: movements: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   $1   @warehouse_id  number
--   $2   lo_open        bool
--   $3   lo.id          int64
--   $4   hi_open        bool
--   $5   hi.id          int64
--   $6   batch_size     number
/* datamove warehouse_move:movements.chunk_boundary */
SELECT "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."id"
  FROM "legacy"."stock_movements" AS "s"
  WHERE ("s"."stock_id" IN (SELECT "id" FROM "legacy"."stock" WHERE "warehouse_id" = CAST($1 AS bigint)))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($6 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
