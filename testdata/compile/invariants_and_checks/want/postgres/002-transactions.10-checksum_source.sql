-- datamove plan bank_tenant, step 2 of 2: transactions: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int64
--   $4   hi_open     bool
--   $5   hi.id       int64
/* datamove bank_tenant:transactions.checksum_source */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_3") AS text) || ':' || "v"."text_3", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("b"."account_id" AS numeric(20,0)) AS text) AS "text_2",
      CAST(CAST(round((round(CAST("b"."amount_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text) AS "text_3",
      to_char("b"."posted_at", 'YYYY-MM-DD HH24:MI:SS.US') AS "text_4"
    FROM (
      SELECT "s"."id", "s"."account_id", "s"."amount_cents", "s"."posted_at"
      FROM "legacy"."transactions" AS "s"
      WHERE ("s"."account_id" IN (SELECT "id" FROM "legacy"."accounts" WHERE "tenant_id" = CAST($1 AS bigint)))
        AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
        AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
