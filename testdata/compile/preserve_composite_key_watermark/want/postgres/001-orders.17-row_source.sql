-- datamove plan orders_until_cutoff, step 1 of 2: orders: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   @cutoff  timestamp
--   $2   key.id   int32
/* datamove orders_until_cutoff:orders.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("b"."customer_ref" AS text)) AS text) || ':' || CAST("b"."customer_ref" AS text), 'N') AS "customer_ref",
  COALESCE(CAST(char_length(CAST(CAST("b"."total" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("b"."total" AS numeric(65,2)) AS text), 'N') AS "total",
  COALESCE(CAST(char_length(to_char("b"."updated_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("b"."updated_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "updated_at"
FROM (
  SELECT "s"."id", "s"."customer_ref", "s"."total", "s"."updated_at"
  FROM "legacy"."orders" AS "s"
  WHERE ("s"."updated_at" <= CAST($1 AS timestamp(6) without time zone))
    AND "s"."id" = CAST($2 AS bigint)
) AS "b"
