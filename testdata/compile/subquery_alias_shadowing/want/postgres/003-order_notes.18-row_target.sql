-- datamove plan alias_shadowing, step 3 of 3: order_notes: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @region  string
--   $2   key.id   int32
/* datamove alias_shadowing:order_notes.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."order_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."order_id" AS numeric(20,0)) AS text), 'N') AS "order_id",
  COALESCE(CAST(char_length(CAST("t"."body" AS text)) AS text) || ':' || CAST("t"."body" AS text), 'N') AS "body"
FROM "crm"."order_notes" AS "t"
WHERE (EXISTS (SELECT 1 FROM "crm"."orders" AS "t_1" INNER JOIN "crm"."customers" AS "c" ON "c"."id" = "t_1"."customer_id" WHERE ("t_1"."id" = "t"."order_id") AND ("c"."region" = CAST($1 AS text))))
  AND "t"."id" = CAST($2 AS bigint)
