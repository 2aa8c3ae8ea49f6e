-- datamove plan quoted_names, step 3 of 3: order_items: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (OrderID, LineNo) in (lo, hi], ordered by it: each
-- row's key and the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to
-- find the rows of a differing chunk.
-- Binds:
--   ?1   @grp        string
--   ?2   lo_open     bool
--   ?3   lo.OrderID  int32
--   ?4   lo.OrderID  int32
--   ?5   lo.LineNo   int32
--   ?6   hi_open     bool
--   ?7   hi.OrderID  int32
--   ?8   hi.OrderID  int32
--   ?9   hi.LineNo   int32
/* datamove quoted_names:order_items.rowhash_source */
SELECT `c`.`OrderID`, `c`.`LineNo`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`OrderID`, `b`.`LineNo`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`OrderID` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`LineNo` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(UPPER(`b`.`desc`) AS CHAR)), ':', CAST(UPPER(`b`.`desc`) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`OrderID`, `s`.`LineNo`, `s`.`desc`
    FROM `legacy`.`Order Items` AS `s`
    WHERE (`s`.`OrderID` IN (SELECT `o`.`id` FROM `legacy`.`order` AS `o` WHERE (`o`.`group` = ?) OR `o`.`select`))
      AND (? OR (`s`.`OrderID` > ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` > ?)))
      AND (? OR (`s`.`OrderID` < ? OR (`s`.`OrderID` = ? AND `s`.`LineNo` <= ?)))
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`OrderID`, `c`.`LineNo`
