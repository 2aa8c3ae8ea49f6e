-- datamove plan alias_shadowing, step 2 of 3: orders: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:orders.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`channel` AS CHAR)), ':', CAST(`b`.`channel` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`customer_id`, `s`.`channel`, `s`.`total`
    FROM `legacy`.`orders` AS `s`
    WHERE (`s`.`customer_id` IN (SELECT `s_1`.`id` FROM `legacy`.`customers` AS `s_1` WHERE (`s_1`.`region` = ?) AND (`s_1`.`id` IN (SELECT `s_2`.`customer_id` FROM `legacy`.`orders` AS `s_2` WHERE `s_2`.`id` = `s`.`id`))))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
