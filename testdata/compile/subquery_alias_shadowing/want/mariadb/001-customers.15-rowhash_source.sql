-- datamove plan alias_shadowing, step 1 of 3: customers: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @region  string
--   ?2   lo_open  bool
--   ?3   lo.id    int32
--   ?4   hi_open  bool
--   ?5   hi.id    int32
/* datamove alias_shadowing:customers.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`region` AS CHAR)), ':', CAST(`b`.`region` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`is_active` THEN '1' WHEN NOT `b`.`is_active` THEN '0' END), ':', CASE WHEN `b`.`is_active` THEN '1' WHEN NOT `b`.`is_active` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`region`, `s`.`is_active`, `s`.`name`, `s`.`created_at`
    FROM `legacy`.`customers` AS `s`
    WHERE (`s`.`region` = ?)
      AND (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
