-- datamove plan crm_cleanup, step 2 of 3: orders: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove crm_cleanup:orders.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`id` AS `id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`kt_customer_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`kt_customer_id`.`legacy_key` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`note` AS CHAR)), ':', CAST(`t`.`note` AS CHAR)), 'N'))) AS `row_md5`
  FROM `app`.`orders` AS `t`
  LEFT JOIN `app`.`datamove_keymap_customers` AS `kt_customer_id` ON `kt_customer_id`.`new_key` = `t`.`customer_id`
  WHERE (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
