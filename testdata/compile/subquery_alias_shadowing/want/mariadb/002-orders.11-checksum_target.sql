-- datamove plan alias_shadowing, step 2 of 3: orders: checksum_target
-- Runs on the target (mariadb).
-- Checksums the target rows whose source key (id) is in (lo, hi], in the same canonical form as
-- checksum_source, with remapped keys translated back to source keys.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:orders.checksum_target */
SELECT COUNT(*) AS `row_count`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_1`,
  COALESCE(SUM(CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED)), 0) AS `hash_sum_2`
FROM (
  SELECT MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`channel` AS CHAR)), ':', CAST(`t`.`channel` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`t`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM `crm`.`orders` AS `t`
  WHERE (EXISTS (SELECT 1 FROM `crm`.`customers` AS `t_1` WHERE (`t_1`.`id` = `t`.`customer_id`) AND (`t_1`.`region` = ?)))
    AND (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
