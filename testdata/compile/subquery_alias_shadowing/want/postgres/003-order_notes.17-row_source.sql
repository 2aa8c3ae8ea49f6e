-- datamove plan alias_shadowing, step 3 of 3: order_notes: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @region  string
--   $2   key.id   int32
/* datamove alias_shadowing:order_notes.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."order_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."order_id" AS numeric(20,0)) AS text), 'N') AS "order_id",
  COALESCE(CAST(char_length(CAST("b"."body" AS text)) AS text) || ':' || CAST("b"."body" AS text), 'N') AS "body"
FROM (
  SELECT "s"."id", "s"."order_id", "s"."body"
  FROM "legacy"."order_notes" AS "s"
  WHERE (EXISTS (SELECT 1 FROM "legacy"."orders" AS "s_1" INNER JOIN "legacy"."customers" AS "t" ON "t"."id" = "s_1"."customer_id" WHERE ("s_1"."id" = "s"."order_id") AND ("t"."region" = CAST($1 AS text))))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
