-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: row_source
-- Runs on the source (postgres).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove crm_soft_deletes:subscriptions.row_source */
SELECT "b"."id",
  COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("b"."customer_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."customer_id" AS numeric(20,0)) AS text), 'N') AS "customer_id",
  COALESCE(CAST(char_length(CAST(CAST("b"."product_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."product_id" AS numeric(20,0)) AS text), 'N') AS "product_id"
FROM (
  SELECT "s"."id", "s"."customer_id", "s"."product_id", "s"."cancelled" AS "dm_deleted"
  FROM "legacy"."subscriptions" AS "s"
  WHERE ("s"."product_id" IN (SELECT "id" FROM "legacy"."products" WHERE NOT "is_discontinued"))
    AND "s"."id" = CAST($1 AS bigint)
) AS "b"
WHERE NOT "b"."dm_deleted"
