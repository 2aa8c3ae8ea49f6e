-- datamove plan quoted_names, step 2 of 3: orders: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @grp     string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove quoted_names:orders.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`CustomerID` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`group` AS CHAR)), ':', CAST(`b`.`group` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`select` THEN '1' WHEN NOT `b`.`select` THEN '0' END), ':', CASE WHEN `b`.`select` THEN '1' WHEN NOT `b`.`select` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`Total Amount`, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`Total Amount`, 2) AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`CustomerID`, `s`.`group`, `s`.`select`, `s`.`Total Amount`
    FROM `legacy`.`order` AS `s`
    WHERE ((`s`.`group` = ?) OR `s`.`select`)
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
