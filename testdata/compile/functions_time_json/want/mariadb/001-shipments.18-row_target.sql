-- datamove plan shipment_times, step 1 of 1: shipments: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove shipment_times:shipments.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`shipped_utc`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`shipped_utc`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `shipped_utc`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`shipped_paris`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`shipped_paris`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `shipped_paris`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`ship_day`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`ship_day`, '%Y-%m-%d')), 'N') AS `ship_day`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`ship_day_cast`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`ship_day_cast`, '%Y-%m-%d')), 'N') AS `ship_day_cast`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`delivered_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`delivered_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `delivered_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_year` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_year` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_year`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_month` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_month` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_month`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_dom` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_dom` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_dom`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_hour` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_hour` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_hour`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_quarter` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`ship_quarter` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `ship_quarter`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`ship_epoch` AS DECIMAL(65,6)) AS CHAR)), ':', CAST(CAST(`t`.`ship_epoch` AS DECIMAL(65,6)) AS CHAR)), 'N') AS `ship_epoch`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`label_printed_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`label_printed_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `label_printed_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`carrier` AS CHAR)), ':', CAST(`t`.`carrier` AS CHAR)), 'N') AS `carrier`,
  COALESCE(CONCAT(CHAR_LENGTH(JSON_COMPACT(`t`.`parcels`)), ':', JSON_COMPACT(`t`.`parcels`)), 'N') AS `parcels`
FROM `dw`.`shipments` AS `t`
WHERE `t`.`id` = ?
