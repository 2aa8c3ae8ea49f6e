-- datamove plan event_feed, step 2 of 3: events: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int64
--   ?3   hi_open  bool
--   ?4   hi.id    int64
/* datamove event_feed:events.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`kind` AS CHAR)), ':', CAST(`b`.`kind` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`payload` AS CHAR)), ':', CAST(`b`.`payload` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`created_at`, `s`.`kind`, `s`.`payload`
    FROM `legacy`.`events` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
