-- datamove plan region_move, step 3 of 3: order_notes: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @excluded_channel  string
--   ?2   @region            string
--   ?3   @active_only       bool
--   ?4   @since             timestamp
--   ?5   lo_open            bool
--   ?6   lo.id              int32
--   ?7   hi_open            bool
--   ?8   hi.id              int32
/* datamove region_move:order_notes.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`order_id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`body` AS CHAR)), ':', CAST(`b`.`body` AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`order_id`, `s`.`body`
    FROM `legacy`.`order_notes` AS `s`
    WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `o` INNER JOIN `legacy`.`customers` AS `c` ON `c`.`id` = `o`.`customer_id` WHERE ((((`o`.`id` = `s`.`order_id`) AND (`o`.`channel` <> ?)) AND (`c`.`region` = ?)) AND (`c`.`is_active` OR (NOT ?))) AND (`c`.`created_at` >= ?)))
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
