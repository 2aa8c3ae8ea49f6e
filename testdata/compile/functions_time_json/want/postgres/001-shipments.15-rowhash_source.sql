-- datamove plan shipment_times, step 1 of 1: shipments: rowhash_source
-- Runs on the source (postgres).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove shipment_times:shipments.rowhash_source */
SELECT "c"."id",
  CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint) AS "hash_1",
  CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint) AS "hash_2"
FROM (
  SELECT "b"."id", md5((
      COALESCE(CAST(char_length(CAST(CAST("b"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("b"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char(CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."shipped_at" THEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."shipped_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char(CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."shipped_at" THEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."shipped_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char(CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN ("b"."shipped_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris' END, 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char(CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN ("b"."shipped_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris' END, 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char(CAST("b"."shipped_at" AS date), 'YYYY-MM-DD')) AS text) || ':' || to_char(CAST("b"."shipped_at" AS date), 'YYYY-MM-DD'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char(CAST("b"."shipped_at" AS date), 'YYYY-MM-DD')) AS text) || ':' || to_char(CAST("b"."shipped_at" AS date), 'YYYY-MM-DD'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char(CAST((CAST("b"."delivered_on" AS timestamp(6) without time zone) - mod(CAST(EXTRACT(MICROSECONDS FROM CAST("b"."delivered_on" AS timestamp(6) without time zone)) AS bigint), 1000000) * INTERVAL '1 microsecond') AS timestamp(0) without time zone), 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char(CAST((CAST("b"."delivered_on" AS timestamp(6) without time zone) - mod(CAST(EXTRACT(MICROSECONDS FROM CAST("b"."delivered_on" AS timestamp(6) without time zone)) AS bigint), 1000000) * INTERVAL '1 microsecond') AS timestamp(0) without time zone), 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(CAST(EXTRACT(YEAR FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(CAST(EXTRACT(YEAR FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(CAST(EXTRACT(MONTH FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(CAST(EXTRACT(MONTH FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(CAST(EXTRACT(DAY FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(CAST(EXTRACT(DAY FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(CAST(EXTRACT(HOUR FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(CAST(EXTRACT(HOUR FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(CAST(EXTRACT(QUARTER FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST(CAST(EXTRACT(QUARTER FROM "b"."shipped_at") AS bigint) AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(EXTRACT(EPOCH FROM "b"."shipped_at") AS numeric(65,6)) AS text)) AS text) || ':' || CAST(CAST(EXTRACT(EPOCH FROM "b"."shipped_at") AS numeric(65,6)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char((to_timestamp("b"."label_epoch") AT TIME ZONE 'UTC'), 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char((to_timestamp("b"."label_epoch") AT TIME ZONE 'UTC'), 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CASE WHEN jsonb_typeof(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb)) = 'string' THEN CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) #>> '{}' ELSE CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) AS text) END AS text)) AS text) || ':' || CAST(CASE WHEN jsonb_typeof(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb)) = 'string' THEN CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) #>> '{}' ELSE CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) AS text) END AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.n' AS jsonpath), '{}', true) AS jsonb) AS text)) AS text) || ':' || CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.n' AS jsonpath), '{}', true) AS jsonb) AS text), 'N'))) AS "row_md5"
  FROM (
    SELECT "s"."id", "s"."shipped_at", "s"."delivered_on", "s"."label_epoch", "s"."meta"
    FROM "legacy"."shipments" AS "s"
    WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
  ) AS "b"
  OFFSET 0
) AS "c"
ORDER BY "c"."id"
