-- datamove plan shard_merge, step 2 of 2: invoices: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @id_offset  number
--   $2   key.id      int32
/* datamove shard_merge:invoices.row_target */
SELECT "t"."id" - CAST($1 AS bigint) AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" - CAST($1 AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" - CAST($1 AS bigint) AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."account_id" - CAST($1 AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."account_id" - CAST($1 AS bigint) AS numeric(20,0)) AS text), 'N') AS "account_id",
  COALESCE(CAST(char_length(CAST(trim_scale(CAST("t"."amount" AS numeric)) AS text)) AS text) || ':' || CAST(trim_scale(CAST("t"."amount" AS numeric)) AS text), 'N') AS "amount",
  COALESCE(CAST(char_length(to_char("t"."issued_on", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."issued_on", 'YYYY-MM-DD'), 'N') AS "issued_on"
FROM "main"."invoices" AS "t"
WHERE ("t"."id" > CAST($1 AS bigint))
  AND "t"."id" = (CAST($2 AS bigint) + CAST($1 AS bigint))
