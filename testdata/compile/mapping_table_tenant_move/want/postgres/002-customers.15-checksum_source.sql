-- datamove plan tenant_move, step 2 of 2: customers: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   @tenant_id  number
--   $2   lo_open     bool
--   $3   lo.id       int32
--   $4   hi_open     bool
--   $5   hi.id       int32
/* datamove tenant_move:customers.checksum_source */
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
      COALESCE(CAST(char_length("v"."text_4") AS text) || ':' || "v"."text_4", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_5") AS text) || ':' || "v"."text_5", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_6") AS text) || ':' || "v"."text_6", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(CAST("b"."store_id" AS numeric(20,0)) AS text) AS "text_2",
      CAST(lower(btrim("b"."email")) AS text) AS "text_3",
      to_char(CASE WHEN "b"."created_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."created_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."created_at" THEN (("b"."created_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."created_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS "text_4",
      CAST(CAST(round((round(CAST("b"."balance_cents" AS numeric), 30) / 100), 2) AS numeric(65,2)) AS text) AS "text_5",
      CAST(CAST(CAST($1 AS bigint) AS numeric(20,0)) AS text) AS "text_6"
    FROM (
      SELECT "s"."id", "s"."store_id", "s"."email", "s"."created_at", "s"."balance_cents"
      FROM "legacy"."customers" AS "s"
      WHERE (("s"."store_id" IN (SELECT "id" FROM "legacy"."stores" WHERE "tenant_id" = CAST($1 AS bigint))) AND (NOT ("s"."deleted_at" IS NOT NULL)))
        AND (CAST($2 AS boolean) OR "s"."id" > CAST($3 AS bigint))
        AND (CAST($4 AS boolean) OR "s"."id" <= CAST($5 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
