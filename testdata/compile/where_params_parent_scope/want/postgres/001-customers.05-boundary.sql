-- datamove plan region_move, step 1 of 3: customers: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order, at most hi (the end of a key-range part; hi_open when there is none), with
-- batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   $1   @region       string
--   $2   @active_only  bool
--   $3   @since        timestamp
--   $4   lo_open       bool
--   $5   lo.id         int32
--   $6   hi_open       bool
--   $7   hi.id         int32
--   $8   batch_size    number
/* datamove region_move:customers.boundary */
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
