-- datamove plan shard_merge, step 2 of 2: invoices: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   @id_offset  number
--   ?2   @id_offset  number
--   ?3   @id_offset  number
--   ?4   @id_offset  number
--   ?5   @id_offset  number
--   ?6   lo_open     bool
--   ?7   lo.id       int32
--   ?8   @id_offset  number
--   ?9   hi_open     bool
--   ?10  hi.id       int32
--   ?11  @id_offset  number
/* datamove shard_merge:invoices.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` - ? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` - ? AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`account_id` - ? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`account_id` - ? AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`amount` AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`t`.`amount` AS DECIMAL(65,30)) AS CHAR)))), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`issued_on`, '%Y-%m-%d')), ':', DATE_FORMAT(`t`.`issued_on`, '%Y-%m-%d')), 'N'))) AS `row_md5`
  FROM `main`.`invoices` AS `t`
  WHERE (`t`.`id` > ?)
    AND (? OR `t`.`id` > (? + ?))
    AND (? OR `t`.`id` <= (? + ?))
  LIMIT 18446744073709551615
) AS `c`
