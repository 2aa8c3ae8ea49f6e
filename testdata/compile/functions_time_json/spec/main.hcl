# Pins: date, time and JSON functions of the catalog: CONVERT_TZ from a wall-clock zone into UTC
# (stored as an instant) and from UTC into another zone, DATE and CAST AS DATE, CAST AS DATETIME,
# EXTRACT (HOUR, QUARTER), YEAR/MONTH/DAY, UNIX_TIMESTAMP of a timestamp with microseconds and
# FROM_UNIXTIME of whole seconds (both in UTC, as every session runs), JSON_EXTRACT at a literal
# path (kept as JSON) and JSON_UNQUOTE of it (text).
migration "shipment_times" {
  description = "Normalise shipment times and unpack their JSON metadata"
}

source "legacy" {
  dialect  = "postgres"
  snapshot = "schemas/legacy.hcl"
}

target "dw" {
  dialect  = "postgres"
  snapshot = "schemas/dw.hcl"
}

table "shipments" {
  from = legacy.shipments
  to   = dw.shipments
  column "shipped_utc" { sql = "CONVERT_TZ(shipped_at, 'America/New_York', 'UTC')" }
  column "shipped_paris" { sql = "CONVERT_TZ(shipped_at, 'UTC', 'Europe/Paris')" }
  column "ship_day" { sql = "DATE(shipped_at)" }
  column "ship_day_cast" { sql = "CAST(shipped_at AS DATE)" }
  column "delivered_at" { sql = "CAST(delivered_on AS DATETIME)" }
  column "ship_year" { sql = "YEAR(shipped_at)" }
  column "ship_month" { sql = "MONTH(shipped_at)" }
  column "ship_dom" { sql = "DAY(shipped_at)" }
  column "ship_hour" { sql = "EXTRACT(HOUR FROM shipped_at)" }
  column "ship_quarter" { sql = "EXTRACT(QUARTER FROM shipped_at)" }
  column "ship_epoch" { sql = "UNIX_TIMESTAMP(shipped_at)" }
  column "label_printed_at" { sql = "FROM_UNIXTIME(label_epoch)" }
  column "carrier" { sql = "JSON_UNQUOTE(JSON_EXTRACT(meta, '$.name'))" }
  column "parcels" { sql = "JSON_EXTRACT(meta, '$.n')" }
}
