-- datamove plan event_feed, step 2 of 3: events: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int64
--   ?3   hi_open  bool
--   ?4   hi.id    int64
/* datamove event_feed:events.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`id` AS `id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`kind` AS CHAR)), ':', CAST(`t`.`kind` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`payload` AS CHAR)), ':', CAST(`t`.`payload` AS CHAR)), 'N'))) AS `row_md5`
  FROM `feed`.`events` AS `t`
  WHERE (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
