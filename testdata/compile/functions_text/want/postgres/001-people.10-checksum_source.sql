-- datamove plan people_text, step 1 of 1: people: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove people_text:people.checksum_source */
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
      COALESCE(CAST(char_length("v"."text_6") AS text) || ':' || "v"."text_6", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_7") AS text) || ':' || "v"."text_7", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_8") AS text) || ':' || "v"."text_8", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_9") AS text) || ':' || "v"."text_9", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_10") AS text) || ':' || "v"."text_10", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_11") AS text) || ':' || "v"."text_11", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_12") AS text) || ':' || "v"."text_12", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_13") AS text) || ':' || "v"."text_13", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_14") AS text) || ':' || "v"."text_14", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_15") AS text) || ':' || "v"."text_15", 'N') ||
      '|' ||
      COALESCE(CAST(char_length("v"."text_16") AS text) || ':' || "v"."text_16", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      CAST(("b"."first_name" || ' ' || "b"."last_name") AS text) AS "text_2",
      CAST(concat_ws(' / ', upper("b"."first_name"), "b"."last_name", lower("b"."city")) AS text) AS "text_3",
      CAST((left("b"."first_name", 1) || right("b"."last_name", 1)) AS text) AS "text_4",
      CAST(left("b"."code", 4) AS text) AS "text_5",
      CAST(CASE WHEN char_length("b"."code") < 2 THEN '' ELSE right("b"."code", 2) END AS text) AS "text_6",
      CAST(substr("b"."code", 2, 3) AS text) AS "text_7",
      CAST(lpad("b"."code", 8, '0') AS text) AS "text_8",
      CAST(rpad("b"."first_name", 10, '.') AS text) AS "text_9",
      CAST(trim(LEADING '0' FROM "b"."code") AS text) AS "text_10",
      CAST(replace(btrim("b"."note"), ' ', '_') AS text) AS "text_11",
      CAST(('[' || ltrim("b"."note") || '|' || rtrim("b"."note") || ']') AS text) AS "text_12",
      CAST(CAST(octet_length("b"."first_name") AS numeric(20,0)) AS text) AS "text_13",
      CAST(CAST(char_length("b"."first_name") AS numeric(20,0)) AS text) AS "text_14",
      CAST(md5("b"."code") AS text) AS "text_15",
      CAST(encode(sha256(convert_to("b"."code", 'UTF8')), 'hex') AS text) AS "text_16"
    FROM (
      SELECT "s"."id", "s"."first_name", "s"."last_name", "s"."city", "s"."code", "s"."note"
      FROM "legacy"."people" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
