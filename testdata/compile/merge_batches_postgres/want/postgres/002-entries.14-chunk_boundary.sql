-- datamove plan ledger_merge, step 2 of 3: entries: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied, soft-deleted rows left out), with batch_rows,
-- the rows the chunk holds. No row: the range is done.
-- Binds:
--   $1   lo_open     bool
--   $2   lo.id       int64
--   $3   hi_open     bool
--   $4   hi.id       int64
--   $5   batch_size  number
/* datamove ledger_merge:entries.chunk_boundary */
SELECT "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."id"
  FROM "legacy"."entries" AS "s"
  WHERE NOT "s"."voided"
    AND (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($5 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
