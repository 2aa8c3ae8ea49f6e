-- datamove plan bank_tenant, step 2 of 2: transactions: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   @tenant_id  number
--   $2   key.id      int64
/* datamove bank_tenant:transactions.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."account_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."account_id" AS numeric(20,0)) AS text), 'N') AS "account_id",
  COALESCE(CAST(char_length(CAST(CAST("t"."amount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."amount" AS numeric(65,2)) AS text), 'N') AS "amount",
  COALESCE(CAST(char_length(to_char("t"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "posted_at"
FROM "bank"."transactions" AS "t"
WHERE ("t"."account_id" IN (SELECT "id" FROM "bank"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)))
  AND "t"."id" = CAST($2 AS bigint)
