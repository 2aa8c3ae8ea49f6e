-- datamove plan bank_tenant, step 2 of 2: transactions: checksum_source
-- Runs on the source (mariadb).
-- Checksums the mapped source rows with source key (id) in (lo, hi]: row count and two sums of
-- 60-bit slices of each row's MD5.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   hi_open     bool
--   ?5   hi.id       int64
/* datamove bank_tenant:transactions.checksum_source */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`account_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`account_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`amount_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`amount_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`posted_at`
    FROM `legacy`.`transactions` AS `s`
    WHERE (`s`.`account_id` IN (SELECT `id` FROM `legacy`.`accounts` WHERE `tenant_id` = ?))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
