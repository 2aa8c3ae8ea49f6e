-- datamove plan tenant_move, step 2 of 2: customers: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   @tenant_id  number
--   ?3   @tenant_id  number
--   ?4   lo_open     bool
--   ?5   lo.id       int32
--   ?6   hi_open     bool
--   ?7   hi.id       int32
/* datamove tenant_move:customers.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`store_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`store_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(LOWER(TRIM(`b`.`email`)) AS CHAR)), ':', CAST(LOWER(TRIM(`b`.`email`)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`balance_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`balance_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(? AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`store_id`, `s`.`email`, `s`.`created_at`, `s`.`balance_cents`
    FROM `legacy`.`customers` AS `s`
    WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
