-- datamove plan alias_shadowing, step 3 of 3: order_notes: chunk_boundary
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
/* datamove alias_shadowing:order_notes.chunk_boundary */
SELECT "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."id"
  FROM "legacy"."order_notes" AS "s"
  WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "s_1" INNER JOIN "legacy"."customers" AS "t" ON "t"."id" = "s_1"."customer_id" WHERE ("s_1"."id" = "s"."order_id") AND ("t"."region" = CAST($1 AS text))))
    AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($6 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
