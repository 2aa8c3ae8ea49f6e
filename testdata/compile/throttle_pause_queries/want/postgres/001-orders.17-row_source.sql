-- datamove plan orders_copy, step 1 of 1: orders: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove orders_copy:orders.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."total" AS numeric(65,2)) AS text), 'N') AS "total"
FROM (
  SELECT "s"."id", "s"."total"
  FROM "legacy"."orders" AS "s"
  WHERE "s"."id" = CAST($1 AS bigint)
) AS "b"
