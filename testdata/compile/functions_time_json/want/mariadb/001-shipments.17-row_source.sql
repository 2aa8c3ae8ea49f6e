-- datamove plan shipment_times, step 1 of 1: shipments: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove shipment_times:shipments.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`shipped_at` THEN CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`shipped_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`shipped_at` THEN CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`shipped_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `shipped_utc`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CONVERT_TZ(`b`.`shipped_at`, 'UTC', 'Europe/Paris') END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CONVERT_TZ(`b`.`shipped_at`, 'UTC', 'Europe/Paris') END, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `shipped_paris`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(DATE(`b`.`shipped_at`), '%Y-%m-%d')), ':', DATE_FORMAT(DATE(`b`.`shipped_at`), '%Y-%m-%d')), 'N') AS `ship_day`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CAST(`b`.`shipped_at` AS DATE), '%Y-%m-%d')), ':', DATE_FORMAT(CAST(`b`.`shipped_at` AS DATE), '%Y-%m-%d')), 'N') AS `ship_day_cast`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CAST(`b`.`delivered_on` AS DATETIME), '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CAST(`b`.`delivered_on` AS DATETIME), '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `delivered_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(YEAR(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(YEAR(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_year`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(MONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(MONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_month`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(DAYOFMONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(DAYOFMONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_dom`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(EXTRACT(HOUR FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(EXTRACT(HOUR FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_hour`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(EXTRACT(QUARTER FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(EXTRACT(QUARTER FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_quarter`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', `b`.`shipped_at`) / 1000000, 6) AS DECIMAL(65,6)) AS CHAR)), ':', CAST(CAST(ROUND(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', `b`.`shipped_at`) / 1000000, 6) AS DECIMAL(65,6)) AS CHAR)), 'N') AS `ship_epoch`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(DATE_ADD(TIMESTAMP '1970-01-01 00:00:00', INTERVAL (`b`.`label_epoch`) SECOND), '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(DATE_ADD(TIMESTAMP '1970-01-01 00:00:00', INTERVAL (`b`.`label_epoch`) SECOND), '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `label_printed_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(JSON_UNQUOTE(JSON_EXTRACT(`b`.`meta`, '$.name')) AS CHAR)), ':', CAST(JSON_UNQUOTE(JSON_EXTRACT(`b`.`meta`, '$.name')) AS CHAR)), 'N') AS `carrier`,
  COALESCE(CONCAT(CHAR_LENGTH(JSON_COMPACT(JSON_EXTRACT(`b`.`meta`, '$.n'))), ':', JSON_COMPACT(JSON_EXTRACT(`b`.`meta`, '$.n'))), 'N') AS `parcels`
FROM (
  SELECT `s`.`id`, `s`.`shipped_at`, `s`.`delivered_on`, `s`.`label_epoch`, `s`.`meta`
  FROM `legacy`.`shipments` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
