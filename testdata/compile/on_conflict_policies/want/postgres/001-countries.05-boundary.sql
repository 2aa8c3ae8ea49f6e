-- datamove plan catalog_merge, step 1 of 3: countries: boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next batch: the (code) of the batch_size-th source row after lo in
-- watermark order, at most hi (the end of a key-range part; hi_open when there is none), with
-- batch_rows, the rows the batch holds. No row: the part is done.
-- Binds:
--   $1   lo_open     bool
--   $2   lo.code     char(2)
--   $3   hi_open     bool
--   $4   hi.code     char(2)
--   $5   batch_size  number
/* datamove catalog_merge:countries.boundary */
SELECT "b"."code", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."code"
  FROM "legacy"."countries" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."code" > CAST($2 AS bpchar))
    AND (CAST($3 AS boolean) OR "s"."code" <= CAST($4 AS bpchar))
  ORDER BY "s"."code"
  LIMIT CAST($5 AS bigint)
) AS "b"
ORDER BY "b"."code" DESC
LIMIT 1
