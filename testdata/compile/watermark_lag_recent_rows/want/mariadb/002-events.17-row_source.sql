-- datamove plan event_feed, step 2 of 3: events: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int64
/* datamove event_feed:events.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`kind` AS CHAR)), ':', CAST(`b`.`kind` AS CHAR)), 'N') AS `kind`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`payload` AS CHAR)), ':', CAST(`b`.`payload` AS CHAR)), 'N') AS `payload`
FROM (
  SELECT `s`.`id`, `s`.`created_at`, `s`.`kind`, `s`.`payload`
  FROM `legacy`.`events` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
