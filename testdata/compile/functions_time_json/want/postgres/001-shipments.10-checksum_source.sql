-- datamove plan shipment_times, step 1 of 1: shipments: checksum_source
-- Runs on the source (postgres).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove shipment_times:shipments.checksum_source */
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
      COALESCE(CAST(char_length("v"."text_15") AS text) || ':' || "v"."text_15", 'N'))) AS "row_md5"
  FROM (
    SELECT CAST(CAST("b"."id" AS numeric(20,0)) AS text) AS "text_1",
      to_char(CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."shipped_at" THEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."shipped_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS "text_2",
      to_char(CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN ("b"."shipped_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris' END, 'YYYY-MM-DD HH24:MI:SS.US') AS "text_3",
      to_char(CAST("b"."shipped_at" AS date), 'YYYY-MM-DD') AS "text_4",
      to_char(CAST("b"."shipped_at" AS date), 'YYYY-MM-DD') AS "text_5",
      to_char(CAST((CAST("b"."delivered_on" AS timestamp(6) without time zone) - mod(CAST(EXTRACT(MICROSECONDS FROM CAST("b"."delivered_on" AS timestamp(6) without time zone)) AS bigint), 1000000) * INTERVAL '1 microsecond') AS timestamp(0) without time zone), 'YYYY-MM-DD HH24:MI:SS.US') AS "text_6",
      CAST(CAST(CAST(EXTRACT(YEAR FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text) AS "text_7",
      CAST(CAST(CAST(EXTRACT(MONTH FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text) AS "text_8",
      CAST(CAST(CAST(EXTRACT(DAY FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text) AS "text_9",
      CAST(CAST(CAST(EXTRACT(HOUR FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text) AS "text_10",
      CAST(CAST(CAST(EXTRACT(QUARTER FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text) AS "text_11",
      CAST(CAST(EXTRACT(EPOCH FROM "b"."shipped_at") AS numeric(65,6)) AS text) AS "text_12",
      to_char((to_timestamp("b"."label_epoch") AT TIME ZONE 'UTC'), 'YYYY-MM-DD HH24:MI:SS.US') AS "text_13",
      CAST(CASE WHEN jsonb_typeof(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb)) = 'string' THEN CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) #>> '{}' ELSE CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) AS text) END AS text) AS "text_14",
      CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.n' AS jsonpath), '{}', true) AS jsonb) AS text) AS "text_15"
    FROM (
      SELECT "s"."id", "s"."shipped_at", "s"."delivered_on", "s"."label_epoch", "s"."meta"
      FROM "legacy"."shipments" AS "s"
      WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
        AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
    ) AS "b"
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
