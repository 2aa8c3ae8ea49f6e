-- datamove plan bank_tenant, step 1 of 2: accounts: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int32
/* datamove bank_tenant:accounts.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."tenant_id" AS numeric(20,0)) AS text), 'N') AS "tenant_id",
  COALESCE(CAST(char_length(CAST("t"."email" AS text)) AS text) || ':' || CAST("t"."email" AS text), 'N') AS "email",
  COALESCE(CAST(char_length(CAST(CAST("t"."balance" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."balance" AS numeric(65,2)) AS text), 'N') AS "balance"
FROM "bank"."accounts" AS "t"
WHERE ("t"."tenant_id" = CAST($1 AS bigint))
  AND "t"."id" = CAST($2 AS bigint)
