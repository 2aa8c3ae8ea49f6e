-- datamove plan alias_shadowing, step 2 of 3: orders: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   $1   @region     string
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
--   $6   batch_size  number
/* datamove alias_shadowing:orders.chunk_boundary */
SELECT "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."id"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."customer_id" IN (SELECT "s_1"."id" FROM "legacy"."customers" AS "s_1" WHERE ("s_1"."region" = CAST($1 AS text)) AND ("s_1"."id" IN (SELECT "s_2"."customer_id" FROM "legacy"."orders" AS "s_2" WHERE "s_2"."id" = "s"."id"))))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($6 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
