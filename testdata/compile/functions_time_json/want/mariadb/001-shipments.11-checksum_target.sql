-- datamove plan shipment_times, step 1 of 1: shipments: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove shipment_times:shipments.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`shipped_utc`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`shipped_utc`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`shipped_paris`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`shipped_paris`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`ship_day`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`ship_day`, '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`ship_day_cast`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`ship_day_cast`, '%Y-%m-%d')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`delivered_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`delivered_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_year` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_year` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_month` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_month` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_dom` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_dom` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_hour` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_hour` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_quarter` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_quarter` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_epoch` AS DECIMAL(65,6)) AS CHAR)), ':', CAST(CAST(`t`.`ship_epoch` AS DECIMAL(65,6)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`label_printed_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`label_printed_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`carrier` AS CHAR)), ':', CAST(`t`.`carrier` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(JSON_COMPACT(`t`.`parcels`)), ':', JSON_COMPACT(`t`.`parcels`)), 'N'))) AS `row_md5`
  FROM `dw`.`shipments` AS `t`
  WHERE (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
