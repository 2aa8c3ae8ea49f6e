-- datamove plan users_to_app, step 1 of 1: users: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove users_to_app:users.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`login` AS CHAR)), ':', CAST(`b`.`login` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(COALESCE(TRIM(`b`.`full_name`), `b`.`login`) AS CHAR)), ':', CAST(COALESCE(TRIM(`b`.`full_name`), `b`.`login`) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(LOWER(`b`.`email`) AS CHAR)), ':', CAST(LOWER(`b`.`email`) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST((REGEXP_REPLACE(phone, '[^0-9]', '')) AS CHAR)), ':', CAST((REGEXP_REPLACE(phone, '[^0-9]', '')) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(COALESCE(`b`.`country`, 'US') AS CHAR)), ':', CAST(COALESCE(`b`.`country`, 'US') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT('Hello ', COALESCE(TRIM(`b`.`full_name`), `b`.`login`), '!') AS CHAR)), ':', CAST(CONCAT('Hello ', COALESCE(TRIM(`b`.`full_name`), `b`.`login`), '!') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST((SUBSTRING_INDEX(signup_ip, '.', 1)) AS CHAR)), ':', CAST((SUBSTRING_INDEX(signup_ip, '.', 1)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`login`, `s`.`full_name`, `s`.`email`, `s`.`phone`, `s`.`country`, `s`.`signup_ip`, `s`.`created_at`
    FROM `legacy`.`users` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
