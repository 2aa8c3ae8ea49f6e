-- datamove plan bank_tenant, step 2 of 2: transactions: checksum_target
-- Runs on the target (postgres).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int64
--   $4   hi_open     bool
--   $5   hi.id       int64
/* datamove bank_tenant:transactions.checksum_target */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."account_id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."account_id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."amount" AS numeric(65,2)) AS text)) AS text) || ':' || CAST(CAST("t"."amount" AS numeric(65,2)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N'))) AS "row_md5"
  FROM "bank"."transactions" AS "t"
  WHERE ("t"."account_id" IN (SELECT "id" FROM "bank"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)))
    AND (CAST($2 AS boolean) OR "t"."id" > CAST($3 AS bigint))
    AND (CAST($4 AS boolean) OR "t"."id" <= CAST($5 AS bigint))
  OFFSET 0
) AS "c"
