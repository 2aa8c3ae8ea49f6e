-- datamove plan region_move, step 3 of 3: order_notes: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @excluded_channel  string
--   $2   @region            string
--   $3   @active_only       bool
--   $4   @since             timestamp
--   $5   key.id             int32
/* datamove region_move:order_notes.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."order_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."order_id" AS numeric(20,0)) AS text), 'N') AS "order_id",
  COALESCE(CAST(char_length(CAST("b"."body" AS text)) AS text) || ':' || CAST("b"."body" AS text), 'N') AS "body"
FROM (
  SELECT "s"."id", "s"."order_id", "s"."body"
  FROM "legacy"."order_notes" AS "s"
  WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "o" INNER JOIN "legacy"."customers" AS "c" ON "c"."id" = "o"."customer_id" WHERE (((("o"."id" = "s"."order_id") AND ("o"."channel" <> CAST($1 AS text))) AND ("c"."region" = CAST($2 AS text))) AND ("c"."is_active" OR (NOT CAST($3 AS boolean)))) AND ("c"."created_at" >= CAST($4 AS timestamp(6) without time zone))))
    AND "s"."id" = CAST($5 AS bigint)
) AS "b"
