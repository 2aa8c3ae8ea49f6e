-- datamove plan catalog_merge, step 1 of 3: countries: rowhash_target
-- Runs on the target (mariadb).
-- Lists the target rows whose source key (code) is in (lo, hi], ordered by it: each row's source
-- key (remapped keys translated back) and the two 60-bit slices of its MD5 that checksum_target
-- sums (hash_1, hash_2).
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.code  char(2)
--   ?3   hi_open  bool
--   ?4   hi.code  char(2)
/* datamove catalog_merge:countries.rowhash_target */
SELECT `c`.`code`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `t`.`code` AS `code`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code` AS CHAR)), ':', CAST(`t`.`code` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N'))) AS `row_md5`
  FROM `shop`.`countries` AS `t`
  WHERE (? OR `t`.`code` > ?)
    AND (? OR `t`.`code` <= ?)
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`code`
