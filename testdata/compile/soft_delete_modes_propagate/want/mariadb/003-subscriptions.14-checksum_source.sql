-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_soft_deletes:subscriptions.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`product_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`product_id` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`customer_id`, `s`.`product_id`, `s`.`cancelled` AS `dm_deleted`
    FROM `legacy`.`subscriptions` AS `s`
    WHERE (`s`.`product_id` IN (SELECT `id` FROM `legacy`.`products` WHERE NOT `is_discontinued`))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  WHERE NOT `b`.`dm_deleted`
  LIMIT 18446744073709551615
) AS `c`
