-- datamove plan alias_shadowing, step 3 of 3: order_notes: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:order_notes.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`id` AS `id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`body` AS CHAR)), ':', CAST(`t`.`body` AS CHAR)), 'N'))) AS `row_md5`
  FROM `crm`.`order_notes` AS `t`
  WHERE (EXISTS (SELECT 1 FROM `crm`.`orders` AS `t_1` INNER JOIN `crm`.`customers` AS `c` ON `c`.`id` = `t_1`.`customer_id` WHERE (`t_1`.`id` = `t`.`order_id`) AND (`c`.`region` = ?)))
    AND (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
