-- datamove plan event_feed, step 2 of 3: events: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int64
/* datamove event_feed:events.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`kind` AS CHAR)), ':', CAST(`t`.`kind` AS CHAR)), 'N') AS `kind`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`payload` AS CHAR)), ':', CAST(`t`.`payload` AS CHAR)), 'N') AS `payload`
FROM `feed`.`events` AS `t`
WHERE `t`.`id` = ?
