-- datamove plan shipment_times, step 1 of 1: shipments: copy
-- Runs on the target (postgres).
-- Copies the batch (lo, hi] from the source table into shipments, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   $1   lo_open  bool
--   $2   lo.id    int32
--   $3   hi_open  bool
--   $4   hi.id    int32
/* datamove shipment_times:shipments.copy */
INSERT INTO "dw"."shipments" AS "t" ("id", "shipped_utc", "shipped_paris", "ship_day", "ship_day_cast", "delivered_at", "ship_year", "ship_month", "ship_dom", "ship_hour", "ship_quarter", "ship_epoch", "label_printed_at", "carrier", "parcels")
SELECT "b"."id", CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN (CASE WHEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') AT TIME ZONE 'America/New_York' = "b"."shipped_at" THEN (("b"."shipped_at" - INTERVAL '1 day') AT TIME ZONE 'America/New_York' + INTERVAL '1 day') ELSE "b"."shipped_at" AT TIME ZONE 'America/New_York' END) AT TIME ZONE 'UTC' END, CASE WHEN "b"."shipped_at" >= TIMESTAMP '1970-01-02 00:00:00' AND "b"."shipped_at" < TIMESTAMP '2038-01-18 00:00:00' THEN ("b"."shipped_at" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris' END, CAST("b"."shipped_at" AS date), CAST("b"."shipped_at" AS date), CAST((CAST("b"."delivered_on" AS timestamp(6) without time zone) - mod(CAST(EXTRACT(MICROSECONDS FROM CAST("b"."delivered_on" AS timestamp(6) without time zone)) AS bigint), 1000000) * INTERVAL '1 microsecond') AS timestamp(0) without time zone), CAST(EXTRACT(YEAR FROM "b"."shipped_at") AS bigint), CAST(EXTRACT(MONTH FROM "b"."shipped_at") AS bigint), CAST(EXTRACT(DAY FROM "b"."shipped_at") AS bigint), CAST(EXTRACT(HOUR FROM "b"."shipped_at") AS bigint), CAST(EXTRACT(QUARTER FROM "b"."shipped_at") AS bigint), EXTRACT(EPOCH FROM "b"."shipped_at"), (to_timestamp("b"."label_epoch") AT TIME ZONE 'UTC'), CASE WHEN jsonb_typeof(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb)) = 'string' THEN CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) #>> '{}' ELSE CAST(CAST(jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.name' AS jsonpath), '{}', true) AS jsonb) AS text) END, jsonb_path_query_first(CAST("b"."meta" AS jsonb), CAST('strict $.n' AS jsonpath), '{}', true)
FROM (
  SELECT "s"."id", "s"."shipped_at", "s"."delivered_on", "s"."label_epoch", "s"."meta"
  FROM "legacy"."shipments" AS "s"
  WHERE (CAST($1 AS boolean) OR "s"."id" > CAST($2 AS bigint))
    AND (CAST($3 AS boolean) OR "s"."id" <= CAST($4 AS bigint))
) AS "b"
ON CONFLICT ("id") DO UPDATE SET "shipped_utc" = EXCLUDED."shipped_utc", "shipped_paris" = EXCLUDED."shipped_paris", "ship_day" = EXCLUDED."ship_day", "ship_day_cast" = EXCLUDED."ship_day_cast", "delivered_at" = EXCLUDED."delivered_at", "ship_year" = EXCLUDED."ship_year", "ship_month" = EXCLUDED."ship_month", "ship_dom" = EXCLUDED."ship_dom", "ship_hour" = EXCLUDED."ship_hour", "ship_quarter" = EXCLUDED."ship_quarter", "ship_epoch" = EXCLUDED."ship_epoch", "label_printed_at" = EXCLUDED."label_printed_at", "carrier" = EXCLUDED."carrier", "parcels" = EXCLUDED."parcels"
WHERE ("t"."shipped_utc", "t"."shipped_paris", "t"."ship_day", "t"."ship_day_cast", "t"."delivered_at", "t"."ship_year", "t"."ship_month", "t"."ship_dom", "t"."ship_hour", "t"."ship_quarter", "t"."ship_epoch", "t"."label_printed_at", "t"."carrier", "t"."parcels") IS DISTINCT FROM (EXCLUDED."shipped_utc", EXCLUDED."shipped_paris", EXCLUDED."ship_day", EXCLUDED."ship_day_cast", EXCLUDED."delivered_at", EXCLUDED."ship_year", EXCLUDED."ship_month", EXCLUDED."ship_dom", EXCLUDED."ship_hour", EXCLUDED."ship_quarter", EXCLUDED."ship_epoch", EXCLUDED."label_printed_at", EXCLUDED."carrier", EXCLUDED."parcels")
