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
      COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(("b"."first_name" || ' ' || "b"."last_name") AS text)) AS text) || ':' || CAST(("b"."first_name" || ' ' || "b"."last_name") AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(concat_ws(' / ', upper("b"."first_name"), "b"."last_name", lower("b"."city")) AS text)) AS text) || ':' || CAST(concat_ws(' / ', upper("b"."first_name"), "b"."last_name", lower("b"."city")) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST((left("b"."first_name", 1) || right("b"."last_name", 1)) AS text)) AS text) || ':' || CAST((left("b"."first_name", 1) || right("b"."last_name", 1)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(left("b"."code", 4) AS text)) AS text) || ':' || CAST(left("b"."code", 4) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CASE WHEN char_length("b"."code") < 2 THEN '' ELSE right("b"."code", 2) END AS text)) AS text) || ':' || CAST(CASE WHEN char_length("b"."code") < 2 THEN '' ELSE right("b"."code", 2) END AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(substr("b"."code", 2, 3) AS text)) AS text) || ':' || CAST(substr("b"."code", 2, 3) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(lpad("b"."code", 8, '0') AS text)) AS text) || ':' || CAST(lpad("b"."code", 8, '0') AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(rpad("b"."first_name", 10, '.') AS text)) AS text) || ':' || CAST(rpad("b"."first_name", 10, '.') AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(trim(LEADING '0' FROM "b"."code") AS text)) AS text) || ':' || CAST(trim(LEADING '0' FROM "b"."code") AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(replace(btrim("b"."note"), ' ', '_') AS text)) AS text) || ':' || CAST(replace(btrim("b"."note"), ' ', '_') AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(('[' || ltrim("b"."note") || '|' || rtrim("b"."note") || ']') AS text)) AS text) || ':' || CAST(('[' || ltrim("b"."note") || '|' || rtrim("b"."note") || ']') AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(octet_length("b"."first_name") AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(octet_length("b"."first_name") AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(char_length("b"."first_name") AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(char_length("b"."first_name") AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(md5("b"."code") AS text)) AS text) || ':' || CAST(md5("b"."code") AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(encode(sha256(convert_to("b"."code", 'UTF8')), 'hex') AS text)) AS text) || ':' || CAST(encode(sha256(convert_to("b"."code", 'UTF8')), 'hex') AS text), 'N'))) AS "row_md5"
  FROM (
    SELECT "s"."id", "s"."first_name", "s"."last_name", "s"."city", "s"."code", "s"."note"
    FROM "legacy"."people" AS "s"
    WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
  ) AS "b"
  OFFSET 0
) AS "c"
