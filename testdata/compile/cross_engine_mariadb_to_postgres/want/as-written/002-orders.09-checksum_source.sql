-- datamove plan shop_to_postgres, step 2 of 2: orders: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   @since   timestamp
--   ?2   lo_open  bool
--   ?3   lo.id    int64
--   ?4   hi_open  bool
--   ?5   hi.id    int64
/* datamove shop_to_postgres:orders.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`total` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`total` AS DECIMAL(65,30)) AS CHAR)))), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`placed_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`placed_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`customer_id`, `s`.`total`, `s`.`placed_at`
    FROM `legacy`.`orders` AS `s`
    WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
