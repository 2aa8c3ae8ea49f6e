-- datamove plan bank_tenant, step 2 of 2: transactions: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int64
--   ?4   hi_open     bool
--   ?5   hi.id       int64
/* datamove bank_tenant:transactions.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`account_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`account_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`amount` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`amount` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`posted_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM `bank`.`transactions` AS `t`
  WHERE (`t`.`account_id` IN (SELECT `id` FROM `bank`.`accounts` WHERE `tenant_id` = ?))
    AND (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
