-- datamove plan region_move, step 2 of 3: orders: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @region            string
--   $2   @active_only       bool
--   $3   @since             timestamp
--   $4   @excluded_channel  string
--   $5   key.id             int32
/* datamove region_move:orders.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST("b"."channel" AS text)) AS text) || ':' || CAST("b"."channel" AS text), 'N') AS "channel",
  COALESCE(CAST(char_length(CAST(CAST("b"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."channel", "s"."total"
  FROM "legacy"."orders" AS "s"
  WHERE (("s"."customer_id" IN (SELECT "id" FROM "legacy"."customers" WHERE (("region" = CAST($1 AS text)) AND ("is_active" OR (NOT CAST($2 AS boolean)))) AND ("created_at" >= CAST($3 AS timestamp(6) without time zone)))) AND ("s"."channel" <> CAST($4 AS text)))
    AND "s"."id" = CAST($5 AS bigint)
) AS "b"
