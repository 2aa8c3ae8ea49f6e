-- datamove plan region_move, step 1 of 3: customers: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   @region       string
--   ?2   @active_only  bool
--   ?3   @since        timestamp
--   ?4   lo_open       bool
--   ?5   lo.id         int32
--   ?6   hi_open       bool
--   ?7   hi.id         int32
/* datamove region_move:customers.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`region` AS CHAR)), ':', CAST(`b`.`region` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`is_active` THEN '1' WHEN NOT `b`.`is_active` THEN '0' END), ':', CASE WHEN `b`.`is_active` THEN '1' WHEN NOT `b`.`is_active` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`region`, `s`.`is_active`, `s`.`name`, `s`.`created_at`
    FROM `legacy`.`customers` AS `s`
    WHERE (((`s`.`region` = ?) AND (`s`.`is_active` OR (NOT ?))) AND (`s`.`created_at` >= ?))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
