-- datamove plan people_text, step 1 of 1: people: rowhash_source
-- Runs on the source (mariadb).
-- Lists the mapped source rows with source key (id) in (lo, hi], ordered by it: each row's key and
-- the two 60-bit slices of its MD5 that checksum_source sums (hash_1, hash_2), to find the rows of
-- a differing chunk.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove people_text:people.rowhash_source */
SELECT `c`.`id`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 1, 15), 16, 10) AS UNSIGNED) AS `hash_1`,
  CAST(CONV(SUBSTRING(`c`.`row_md5`, 16, 15), 16, 10) AS UNSIGNED) AS `hash_2`
FROM (
  SELECT `b`.`id`, MD5(CONCAT(
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT(`b`.`first_name`, ' ', `b`.`last_name`) AS CHAR)), ':', CAST(CONCAT(`b`.`first_name`, ' ', `b`.`last_name`) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT_WS(' / ', UPPER(`b`.`first_name`), `b`.`last_name`, LOWER(`b`.`city`)) AS CHAR)), ':', CAST(CONCAT_WS(' / ', UPPER(`b`.`first_name`), `b`.`last_name`, LOWER(`b`.`city`)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT(LEFT(`b`.`first_name`, 1), RIGHT(`b`.`last_name`, 1)) AS CHAR)), ':', CAST(CONCAT(LEFT(`b`.`first_name`, 1), RIGHT(`b`.`last_name`, 1)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(LEFT(`b`.`code`, 4) AS CHAR)), ':', CAST(LEFT(`b`.`code`, 4) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(SUBSTRING(`b`.`code`, -2) AS CHAR)), ':', CAST(SUBSTRING(`b`.`code`, -2) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(SUBSTRING(`b`.`code`, 2, 3) AS CHAR)), ':', CAST(SUBSTRING(`b`.`code`, 2, 3) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(LPAD(`b`.`code`, 8, '0') AS CHAR)), ':', CAST(LPAD(`b`.`code`, 8, '0') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(RPAD(`b`.`first_name`, 10, '.') AS CHAR)), ':', CAST(RPAD(`b`.`first_name`, 10, '.') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(TRIM(LEADING '0' FROM `b`.`code`) AS CHAR)), ':', CAST(TRIM(LEADING '0' FROM `b`.`code`) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(REPLACE(TRIM(`b`.`note`), ' ', '_') AS CHAR)), ':', CAST(REPLACE(TRIM(`b`.`note`), ' ', '_') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT('[', LTRIM(`b`.`note`), '|', RTRIM(`b`.`note`), ']') AS CHAR)), ':', CAST(CONCAT('[', LTRIM(`b`.`note`), '|', RTRIM(`b`.`note`), ']') AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CHAR_LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CHAR_LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(MD5(`b`.`code`) AS CHAR)), ':', CAST(MD5(`b`.`code`) AS CHAR)), 'N'),
      '|',
      COALESCE(CONCAT(CHAR_LENGTH(CAST(SHA2(`b`.`code`, 256) AS CHAR)), ':', CAST(SHA2(`b`.`code`, 256) AS CHAR)), 'N'))) AS `row_md5`
  FROM (
    SELECT `s`.`id`, `s`.`first_name`, `s`.`last_name`, `s`.`city`, `s`.`code`, `s`.`note`
    FROM `legacy`.`people` AS `s`
    WHERE (? OR `s`.`id` > ?)
      AND (? OR `s`.`id` <= ?)
  ) AS `b`
  LIMIT 18446744073709551615
) AS `c`
ORDER BY `c`.`id`
