-- datamove plan region_move, step 1 of 3: customers: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
--   $4   lo_open       bool
--   $5   lo.id         int32
--   $6   hi_open       bool
--   $7   hi.id         int32
--   $8   batch_size    number
/* datamove region_move:customers.chunk_boundary */
SELECT "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."id"
  FROM "legacy"."customers" AS "s"
  WHERE ((("s"."region" = CAST($1 AS text)) AND ("s"."is_active" OR (NOT CAST($2 AS boolean)))) AND ("s"."created_at" >= CAST($3 AS timestamp(6) without time zone)))
    AND (CAST($4 AS boolean) OR "s"."id" > CAST($5 AS bigint))
    AND (CAST($6 AS boolean) OR "s"."id" <= CAST($7 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($8 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
