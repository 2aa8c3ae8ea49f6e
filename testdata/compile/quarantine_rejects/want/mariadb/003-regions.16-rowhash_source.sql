-- datamove plan crm_cleanup, step 3 of 3: regions: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (code) in (lo, hi], ordered by it: each row's key
-- and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the
-- rows of a differing chunk.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.code  char(2)
--   ?3   hi_open  bool
--   ?4   hi.code  char(2)
/* datamove crm_cleanup:regions.rowhash_source */
SELECT `c`.`code`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`code`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`code` AS CHAR)), ':', CAST(`b`.`code` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`code`, `s`.`name`
    FROM `legacy`.`regions` AS `s`
    WHERE (? OR `s`.`code` > ?)
      AND (? OR `s`.`code` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`code`
