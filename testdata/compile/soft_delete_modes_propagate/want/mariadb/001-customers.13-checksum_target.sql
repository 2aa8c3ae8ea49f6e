-- datamove plan crm_soft_deletes, step 1 of 3: customers: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   @source_system  string
--   ?2   lo_open         bool
--   ?3   lo.id           int32
--   ?4   hi_open         bool
--   ?5   hi.id           int32
/* datamove crm_soft_deletes:customers.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `t`.`is_deleted` THEN '1' WHEN NOT `t`.`is_deleted` THEN '0' END), ':', CASE WHEN `t`.`is_deleted` THEN '1' WHEN NOT `t`.`is_deleted` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`source_system` AS CHAR)), ':', CAST(`t`.`source_system` AS CHAR)), 'N'))) AS `row_md5`
  FROM `crm`.`customers` AS `t`
  WHERE (`t`.`source_system` = ?)
    AND (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
