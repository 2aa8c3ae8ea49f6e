-- datamove plan crm_soft_deletes, step 3 of 3: subscriptions: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   @source_system  string
--   ?2   lo_open         bool
--   ?3   lo.id           int32
--   ?4   hi_open         bool
--   ?5   hi.id           int32
/* datamove crm_soft_deletes:subscriptions.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`product_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`product_id` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `crm`.`subscriptions` AS `t`
  WHERE (`t`.`customer_id` IN (SELECT `id` FROM `crm`.`customers` WHERE `source_system` = ?))
    AND (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
