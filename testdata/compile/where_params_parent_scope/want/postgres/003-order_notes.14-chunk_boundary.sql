-- datamove plan region_move, step 3 of 3: order_notes: chunk_boundary
-- Runs on the source (postgres).
-- Finds the upper bound of the next verification chunk: the source key (id) of the batch_size-th
-- row after lo in key order, at most hi (hi_open when there is none), over the rows
-- checksum_source covers (the spec's filter applied), with batch_rows, the rows the chunk holds.
-- No row: the range is done.
-- Binds:
--   $1   @excluded_channel  string
--   $2   @region            string
--   $3   @active_only       bool
--   $4   @since             timestamp
--   $5   lo_open            bool
--   $6   lo.id              int32
--   $7   hi_open            bool
--   $8   hi.id              int32
--   $9   batch_size         number
/* datamove region_move:order_notes.chunk_boundary */
SELECT "b"."id", COUNT(*) OVER () AS "batch_rows"
FROM (
  SELECT "s"."id"
  FROM "legacy"."order_notes" AS "s"
  WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "o" INNER JOIN "legacy"."customers" AS "c" ON "c"."id" = "o"."customer_id" WHERE (((("o"."id" = "s"."order_id") AND ("o"."channel" <> CAST($1 AS text))) AND ("c"."region" = CAST($2 AS text))) AND ("c"."is_active" OR (NOT CAST($3 AS boolean)))) AND ("c"."created_at" >= CAST($4 AS timestamp(6) without time zone))))
    AND (CAST($5 AS boolean) OR "s"."id" > CAST($6 AS bigint))
    AND (CAST($7 AS boolean) OR "s"."id" <= CAST($8 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($9 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
