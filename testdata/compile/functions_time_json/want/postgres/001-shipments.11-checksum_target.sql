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
    SELECT CAST(CAST("t"."id" AS numeric(20,0)) AS text) AS "text_1",
      to_char("t"."shipped_utc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS "text_2",
      to_char("t"."shipped_paris", 'YYYY-MM-DD HH24:MI:SS.US') AS "text_3",
      to_char("t"."ship_day", 'YYYY-MM-DD') AS "text_4",
      to_char("t"."ship_day_cast", 'YYYY-MM-DD') AS "text_5",
      to_char("t"."delivered_at", 'YYYY-MM-DD HH24:MI:SS.US') AS "text_6",
      CAST(CAST("t"."ship_year" AS numeric(20,0)) AS text) AS "text_7",
      CAST(CAST("t"."ship_month" AS numeric(20,0)) AS text) AS "text_8",
      CAST(CAST("t"."ship_dom" AS numeric(20,0)) AS text) AS "text_9",
      CAST(CAST("t"."ship_hour" AS numeric(20,0)) AS text) AS "text_10",
      CAST(CAST("t"."ship_quarter" AS numeric(20,0)) AS text) AS "text_11",
      CAST(CAST("t"."ship_epoch" AS numeric(65,6)) AS text) AS "text_12",
      to_char("t"."label_printed_at", 'YYYY-MM-DD HH24:MI:SS.US') AS "text_13",
      CAST("t"."carrier" AS text) AS "text_14",
      CAST(CAST("t"."parcels" AS jsonb) AS text) AS "text_15"
    FROM "dw"."shipments" AS "t"
    WHERE (CAST($1 AS boolean) OR "t"."id" > CAST($2 AS bigint))
      AND (CAST($3 AS boolean) OR "t"."id" <= CAST($4 AS bigint))
    OFFSET 0
  ) AS "v"
  OFFSET 0
) AS "c"
