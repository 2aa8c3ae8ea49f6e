-- datamove plan region_move, step 2 of 3: orders: boundary
-- Runs on the source (postgres).
-- Finds the upper bound hi of the next batch: the (id) of the batch_size-th source row after lo in
-- watermark order (no row: the step is done).
-- Binds:
--   $1   @region            string
--   $2   @active_only       bool
--   $3   @since             timestamp
--   $4   @excluded_channel  string
--   $5   lo_open            bool
--   $6   lo.id              int32
--   $7   batch_size         number
/* datamove region_move:orders.boundary */
SELECT "b"."id"
FROM (
  SELECT "s"."id"
  FROM "legacy"."orders" AS "s"
  WHERE (("s"."customer_id" IN (SELECT "id" FROM "legacy"."customers" WHERE (("region" = CAST($1 AS text)) AND ("is_active" OR (NOT CAST($2 AS boolean)))) AND ("created_at" >= CAST($3 AS timestamp(6) without time zone)))) AND ("s"."channel" <> CAST($4 AS text)))
    AND (CAST($5 AS boolean) OR "s"."id" > CAST($6 AS bigint))
  ORDER BY "s"."id"
  LIMIT CAST($7 AS bigint)
) AS "b"
ORDER BY "b"."id" DESC
LIMIT 1
