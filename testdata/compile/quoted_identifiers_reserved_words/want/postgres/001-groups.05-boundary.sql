-- datamove plan quoted_names, step 1 of 3: groups: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (group) of the batch_size-th source row after lo
-- in watermark order (no row: the step is done).
-- Binds:
--   $1   lo_open     bool
--   $2   lo.group    varchar(10)
--   $3   batch_size  number
/* datamove quoted_names:groups.boundary */
SELECT "b"."group"
FROM (
  SELECT "s"."group"
  FROM "legacy"."group" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."group" > CAST($2 AS text))
  ORDER BY "s"."group"
  LIMIT CAST($3 AS bigint)
) AS "b"
ORDER BY "b"."group" DESC
LIMIT 1
