-- datamove plan events_stamp, step 1 of 1: events: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int64
/* datamove events_stamp:events.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`kind` AS CHAR)), ':', CAST(`t`.`kind` AS CHAR)), 'N') AS `kind`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`payload` AS CHAR)), ':', CAST(`t`.`payload` AS CHAR)), 'N') AS `payload`
FROM `app`.`events` AS `t`
WHERE `t`.`id` = ?
