-- datamove plan crm_soft_deletes, step 1 of 3: customers: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   @source_system  string
--   ?2   @source_system  string
--   ?3   lo_open         bool
--   ?4   lo.id           int32
--   ?5   hi_open         bool
--   ?6   hi.id           int32
/* datamove crm_soft_deletes:customers.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`email` AS CHAR)), ':', CAST(`b`.`email` AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`dm_deleted` THEN '1' WHEN NOT `b`.`dm_deleted` THEN '0' END), ':', CASE WHEN `b`.`dm_deleted` THEN '1' WHEN NOT `b`.`dm_deleted` THEN '0' END), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(? AS CHAR)), ':', CAST(? AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`email`, (((`s`.`deleted_at` IS NOT NULL) OR (`s`.`status` = 'closed')) IS TRUE) AS `dm_deleted`
    FROM `legacy`.`customers` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
