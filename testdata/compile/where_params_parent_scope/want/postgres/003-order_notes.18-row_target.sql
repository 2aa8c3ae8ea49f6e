-- datamove plan region_move, step 3 of 3: order_notes: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove region_move:order_notes.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."order_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."order_id" AS numeric(20,0)) AS text), 'N') AS "order_id",
  COALESCE(CAST(char_length(CAST("t"."body" AS text)) AS text) || ':' || CAST("t"."body" AS text), 'N') AS "body"
FROM "crm"."order_notes" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
