-- datamove plan tenant_move, step 2 of 2: customers: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   @tenant_id  number
--   ?2   lo_open     bool
--   ?3   lo.id       int32
--   ?4   hi_open     bool
--   ?5   hi.id       int32
/* datamove tenant_move:customers.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`legacy_id` AS `id`, MD5(CONCAT(
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
ORDER BY `c`.`id`
