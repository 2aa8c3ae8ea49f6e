-- datamove plan geo_move, step 1 of 5: regions: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (id) is in (lo, hi], ordered by it: each row's source key
-- (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target sums
-- (hash_1, hash_2).
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove geo_move:regions.rowhash_target */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`id` AS `id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N'))) AS `row_md5`
  FROM `geo`.`regions` AS `t`
  WHERE (? OR `t`.`id` > ?)
    AND (? OR `t`.`id` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
