-- datamove plan shipment_times, step 1 of 1: shipments: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into shipments, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove shipment_times:shipments.copy */
INSERT INTO `dw`.`shipments` (`id`, `shipped_utc`, `shipped_paris`, `ship_day`, `ship_day_cast`, `delivered_at`, `ship_year`, `ship_month`, `ship_dom`, `ship_hour`, `ship_quarter`, `ship_epoch`, `label_printed_at`, `carrier`, `parcels`)
SELECT `b`.`id`, CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`shipped_at` THEN CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`shipped_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CONVERT_TZ(`b`.`shipped_at`, 'UTC', 'Europe/Paris') END, DATE(`b`.`shipped_at`), CAST(`b`.`shipped_at` AS DATE), CAST(`b`.`delivered_on` AS DATETIME), YEAR(`b`.`shipped_at`), MONTH(`b`.`shipped_at`), DAYOFMONTH(`b`.`shipped_at`), EXTRACT(HOUR FROM `b`.`shipped_at`), EXTRACT(QUARTER FROM `b`.`shipped_at`), ROUND(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', `b`.`shipped_at`) / 1000000, 6), DATE_ADD(TIMESTAMP '1970-01-01 00:00:00', INTERVAL (`b`.`label_epoch`) SECOND), JSON_UNQUOTE(JSON_EXTRACT(`b`.`meta`, '$.name')), JSON_EXTRACT(`b`.`meta`, '$.n')
FROM (
  SELECT `s`.`id`, `s`.`shipped_at`, `s`.`delivered_on`, `s`.`label_epoch`, `s`.`meta`
  FROM `legacy`.`shipments` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`dw`.`shipments`.`id` <=> VALUES(`id`), `dw`.`shipments`.`id`, NULL),
  `shipped_utc` = VALUES(`shipped_utc`),
  `shipped_paris` = VALUES(`shipped_paris`),
  `ship_day` = VALUES(`ship_day`),
  `ship_day_cast` = VALUES(`ship_day_cast`),
  `delivered_at` = VALUES(`delivered_at`),
  `ship_year` = VALUES(`ship_year`),
  `ship_month` = VALUES(`ship_month`),
  `ship_dom` = VALUES(`ship_dom`),
  `ship_hour` = VALUES(`ship_hour`),
  `ship_quarter` = VALUES(`ship_quarter`),
  `ship_epoch` = VALUES(`ship_epoch`),
  `label_printed_at` = VALUES(`label_printed_at`),
  `carrier` = VALUES(`carrier`),
  `parcels` = VALUES(`parcels`)
