-- datamove plan quoted_names, step 1 of 3: groups: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (group) is in (lo, hi], ordered by it: each row's source
-- key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target
-- sums (hash_1, hash_2).
-- Binds:
--   ?1   lo_open   bool
--   ?2   lo.group  varchar(10)
--   ?3   hi_open   bool
--   ?4   hi.group  varchar(10)
/* datamove quoted_names:groups.rowhash_target */
SELECT `c`.`group`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`group` AS `group`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`group` AS CHAR)), ':', CAST(`t`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`Label` AS CHAR)), ':', CAST(`t`.`Label` AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`group` AS `t`
  WHERE (? OR `t`.`group` > ?)
    AND (? OR `t`.`group` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`group`
