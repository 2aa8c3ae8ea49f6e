-- datamove plan alias_shadowing, step 2 of 3: orders: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @region  string
--   $2   key.id   int32
/* datamove alias_shadowing:orders.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST("b"."channel" AS text)) AS text) || ':' || CAST("b"."channel" AS text), 'N') AS "channel",
  COALESCE(CAST(char_length(CAST(CAST("b"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."channel", "s"."total"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."customer_id" IN (SELECT "s_1"."id" FROM "legacy"."customers" AS "s_1" WHERE ("s_1"."region" = CAST($1 AS text)) AND ("s_1"."id" IN (SELECT "s_2"."customer_id" FROM "legacy"."orders" AS "s_2" WHERE "s_2"."id" = "s"."id"))))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
