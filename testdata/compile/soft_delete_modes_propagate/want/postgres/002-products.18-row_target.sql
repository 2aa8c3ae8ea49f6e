-- datamove plan crm_soft_deletes, step 2 of 3: products: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove crm_soft_deletes:products.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST("t"."sku" AS text)) AS text) || ':' || CAST("t"."sku" AS text), 'N') AS "sku"
FROM "crm"."products" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
