-- datamove plan shipment_times, step 1 of 1: shipments: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove shipment_times:shipments.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`shipped_at` THEN CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`shipped_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`shipped_at` THEN CONVERT_TZ(`b`.`shipped_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`shipped_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CONVERT_TZ(`b`.`shipped_at`, 'UTC', 'Europe/Paris') END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`shipped_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`shipped_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CONVERT_TZ(`b`.`shipped_at`, 'UTC', 'Europe/Paris') END, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(DATE(`b`.`shipped_at`), '%Y-%m-%d')), ':', DATE_FORMAT(DATE(`b`.`shipped_at`), '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CAST(`b`.`shipped_at` AS DATE), '%Y-%m-%d')), ':', DATE_FORMAT(CAST(`b`.`shipped_at` AS DATE), '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CAST(`b`.`delivered_on` AS DATETIME), '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CAST(`b`.`delivered_on` AS DATETIME), '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(YEAR(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(YEAR(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(MONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(MONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(DAYOFMONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(DAYOFMONTH(`b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(EXTRACT(HOUR FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(EXTRACT(HOUR FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(EXTRACT(QUARTER FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(EXTRACT(QUARTER FROM `b`.`shipped_at`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', `b`.`shipped_at`) / 1000000, 6) AS DECIMAL(65,6)) AS CHAR)), ':', CAST(CAST(ROUND(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', `b`.`shipped_at`) / 1000000, 6) AS DECIMAL(65,6)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(DATE_ADD(TIMESTAMP '1970-01-01 00:00:00', INTERVAL (`b`.`label_epoch`) SECOND), '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(DATE_ADD(TIMESTAMP '1970-01-01 00:00:00', INTERVAL (`b`.`label_epoch`) SECOND), '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(JSON_UNQUOTE(JSON_EXTRACT(`b`.`meta`, '$.name')) AS CHAR)), ':', CAST(JSON_UNQUOTE(JSON_EXTRACT(`b`.`meta`, '$.name')) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(JSON_COMPACT(JSON_EXTRACT(`b`.`meta`, '$.n'))), ':', JSON_COMPACT(JSON_EXTRACT(`b`.`meta`, '$.n'))), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`shipped_at`, `s`.`delivered_on`, `s`.`label_epoch`, `s`.`meta`
    FROM `legacy`.`shipments` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
