-- datamove plan tenant_move, step 2 of 2: customers: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove tenant_move:customers.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`legacy_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`kt_store_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`kt_store_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`balance` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`tenant_id` AS DECIMAL(20,0)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `eu`.`customers` AS `t`
  LEFT JOIN `eu`.`datamove_keymap_stores` AS `kt_store_id` ON `kt_store_id`.`new_key` = `t`.`store_id`
  WHERE (`t`.`tenant_id` = ?)
    AND (? OR `t`.`legacy_id` > ?)
    AND (? OR `t`.`legacy_id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
