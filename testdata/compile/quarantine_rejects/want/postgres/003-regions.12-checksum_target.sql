-- datamove plan crm_cleanup, step 3 of 3: regions: checksum_target
-- Runs on the target (postgres).
-- Checksums the target rows whose source key (code) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.code  char(2)
--   $3   hi_open  bool
--   $4   hi.code  char(2)
/* datamove crm_cleanup:regions.checksum_target */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length("v"."text_1") AS text) || ':' || "v"."text_1", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_2") AS text) || ':' || "v"."text_2", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST("t"."code" AS text) AS "text_1",
      CAST("t"."name" AS text) AS "text_2"
    FROM "app"."regions" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."code" > CAST($2 AS bpchar))
      AND (CAST($3 AS boolean) OR "t"."code" <= CAST($4 AS bpchar))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
