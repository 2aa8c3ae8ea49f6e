-- datamove plan region_move, step 2 of 3: orders: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @region            string
--   ?2   @active_only       bool
--   ?3   @since             timestamp
--   ?4   @excluded_channel  string
--   ?5   lo_open            bool
--   ?6   lo.id              int32
--   ?7   hi_open            bool
--   ?8   hi.id              int32
/* datamove region_move:orders.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`customer_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`channel` AS CHAR)), ':', CAST(`b`.`channel` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`total` AS DECIMAL(65,2)) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`customer_id`, `s`.`channel`, `s`.`total`
    FROM `legacy`.`orders` AS `s`
    WHERE ((`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE ((`region` = ?) AND (`is_active` OR (NOT ?))) AND (`created_at` >= ?))) AND (`s`.`channel` <> ?))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
