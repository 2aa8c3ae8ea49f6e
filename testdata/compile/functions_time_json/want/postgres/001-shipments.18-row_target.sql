-- datamove plan shipment_times, step 1 of 1: shipments: row_target
-- Runs on the target (postgres).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   $1   key.id  int32
/* datamove shipment_times:shipments.row_target */
SELECT "t"."id" AS "id",
  COALESCE(CAST(char_length(CAST(CAST("t"."id" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."id" AS numeric(20,0)) AS text), 'N') AS "id",
  COALESCE(CAST(char_length(to_char("t"."shipped_utc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."shipped_utc" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "shipped_utc",
  COALESCE(CAST(char_length(to_char("t"."shipped_paris", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."shipped_paris", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "shipped_paris",
  COALESCE(CAST(char_length(to_char("t"."ship_day", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."ship_day", 'YYYY-MM-DD'), 'N') AS "ship_day",
  COALESCE(CAST(char_length(to_char("t"."ship_day_cast", 'YYYY-MM-DD')) AS text) || ':' || to_char("t"."ship_day_cast", 'YYYY-MM-DD'), 'N') AS "ship_day_cast",
  COALESCE(CAST(char_length(to_char("t"."delivered_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."delivered_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "delivered_at",
  COALESCE(CAST(char_length(CAST(CAST("t"."ship_year" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_year" AS numeric(20,0)) AS text), 'N') AS "ship_year",
  COALESCE(CAST(char_length(CAST(CAST("t"."ship_month" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_month" AS numeric(20,0)) AS text), 'N') AS "ship_month",
  COALESCE(CAST(char_length(CAST(CAST("t"."ship_dom" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_dom" AS numeric(20,0)) AS text), 'N') AS "ship_dom",
  COALESCE(CAST(char_length(CAST(CAST("t"."ship_hour" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_hour" AS numeric(20,0)) AS text), 'N') AS "ship_hour",
  COALESCE(CAST(char_length(CAST(CAST("t"."ship_quarter" AS numeric(20,0)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_quarter" AS numeric(20,0)) AS text), 'N') AS "ship_quarter",
  COALESCE(CAST(char_length(CAST(CAST("t"."ship_epoch" AS numeric(65,6)) AS text)) AS text) || ':' || CAST(CAST("t"."ship_epoch" AS numeric(65,6)) AS text), 'N') AS "ship_epoch",
  COALESCE(CAST(char_length(to_char("t"."label_printed_at", 'YYYY-MM-DD HH24:MI:SS.US')) AS text) || ':' || to_char("t"."label_printed_at", 'YYYY-MM-DD HH24:MI:SS.US'), 'N') AS "label_printed_at",
  COALESCE(CAST(char_length(CAST("t"."carrier" AS text)) AS text) || ':' || CAST("t"."carrier" AS text), 'N') AS "carrier",
  COALESCE(CAST(char_length(CAST(CAST("t"."parcels" AS jsonb) AS text)) AS text) || ':' || CAST(CAST("t"."parcels" AS jsonb) AS text), 'N') AS "parcels"
FROM "dw"."shipments" AS "t"
WHERE "t"."id" = CAST($1 AS bigint)
