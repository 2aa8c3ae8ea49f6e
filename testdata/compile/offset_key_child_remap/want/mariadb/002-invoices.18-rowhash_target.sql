-- datamove plan shard_merge, step 2 of 2: invoices: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   @id_offset  number
--   ?2   @id_offset  number
--   ?3   @id_offset  number
--   ?4   @id_offset  number
--   ?5   @id_offset  number
--   ?6   @id_offset  number
--   ?7   lo_open     bool
--   ?8   lo.id       int32
--   ?9   @id_offset  number
--   ?10  hi_open     bool
--   ?11  hi.id       int32
--   ?12  @id_offset  number
/* datamove shard_merge:invoices.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`id` - ? AS `id`, MD5(CONCAT(
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
ORDER BY `c`.`id`
