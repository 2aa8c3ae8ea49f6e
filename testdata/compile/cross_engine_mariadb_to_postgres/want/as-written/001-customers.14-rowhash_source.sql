-- datamove plan shop_to_postgres, step 1 of 2: customers: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @since   timestamp
--   ?2   lo_open  bool
--   ?3   lo.id    int32 unsigned
--   ?4   hi_open  bool
--   ?5   hi.id    int32 unsigned
/* datamove shop_to_postgres:customers.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(LOWER(`b`.`email`) AS CHAR)), ':', CAST(LOWER(`b`.`email`) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`is_vip` THEN '1' WHEN NOT `b`.`is_vip` THEN '0' END), ':', CASE WHEN `b`.`is_vip` THEN '1' WHEN NOT `b`.`is_vip` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`tier` AS CHAR)), ':', CAST(`b`.`tier` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC'), 'UTC', 'Europe/Berlin') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'Europe/Berlin', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC'), 'UTC', 'Europe/Berlin') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'Europe/Berlin', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`email`, `s`.`is_vip`, `s`.`tier`, `s`.`created_at`
    FROM `legacy`.`customers` AS `s`
    WHERE (`s`.`created_at` >= ?)
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
