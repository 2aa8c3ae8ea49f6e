-- datamove plan shipment_times, step 1 of 1: shipments: checksum_target
-- Runs on the target (postgres).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove shipment_times:shipments.checksum_target */
SELECT COUNT(*) AS "row_count",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 1, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_1",
  COALESCE(SUM(CAST(CAST('x' || substr("c"."row_md5", 16, 15) AS bit(60)) AS bigint)), 0) AS "hash_sum_2"
FROM (
  SELECT md5((
      COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."shipped_utc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."shipped_utc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."shipped_paris", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."shipped_paris", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."ship_day", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."ship_day", 'YYYY-MM-DD'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."ship_day_cast", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."ship_day_cast", 'YYYY-MM-DD'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."delivered_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."delivered_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."ship_year" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_year" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."ship_month" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_month" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."ship_dom" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_dom" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."ship_hour" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_hour" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."ship_quarter" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_quarter" AS numeric(20,0)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."ship_epoch" AS numeric(65,6)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_epoch" AS numeric(65,6)) AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(to_char("t"."label_printed_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."label_printed_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST("t"."carrier" AS text)) AS text) || ':' || CAST("t"."carrier" AS text), 'N') ||
      '|' ||
      COALESCE(CAST(char_length(CAST(CAST("t"."parcels" AS jsonb) AS text)) AS text) || ':' || CAST(CAST("t"."parcels" AS jsonb) AS text), 'N'))) AS "row_md5"
  FROM "dw"."shipments" AS "t"
  WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
  OFFSET 0
) AS "c"
