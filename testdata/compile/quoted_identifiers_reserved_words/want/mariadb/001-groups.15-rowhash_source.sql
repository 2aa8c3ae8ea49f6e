-- datamove plan quoted_names, step 1 of 3: groups: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (group) in (lo, hi], ordered by it: each row's key
-- and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the
-- rows of a differing chunk.
-- Binds:
--   ?1   lo_open   bool
--   ?2   lo.group  varchar(10)
--   ?3   hi_open   bool
--   ?4   hi.group  varchar(10)
/* datamove quoted_names:groups.rowhash_source */
SELECT `c`.`group`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`group`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`group` AS CHAR)), ':', CAST(`b`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`Label` AS CHAR)), ':', CAST(`b`.`Label` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`group`, `s`.`Label`
    FROM `legacy`.`group` AS `s`
    WHERE (? OR `s`.`group` > ?)
      AND (? OR `s`.`group` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`group`
