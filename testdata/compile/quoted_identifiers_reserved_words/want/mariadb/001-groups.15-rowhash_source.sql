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
  CAST(CONV(SUBSTRING(MD5(`c`.`row_text`), 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(MD5(`c`.`row_text`), 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`group`, CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`group` AS CHAR)), ':', CAST(`b`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`Label` AS CHAR)), ':', CAST(`b`.`Label` AS CHAR)), 'N')) AS `row_text`
  FROM (
    SELECT `s`.`group`, `s`.`Label`
    FROM `legacy`.`group` AS `s`
    WHERE (? OR `s`.`group` > ?)
      AND (? OR `s`.`group` <= ?)
  ) AS `b`
) AS `c`
ORDER BY `c`.`group`
