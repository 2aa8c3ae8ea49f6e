-- datamove plan people_text, step 1 of 1: people: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove people_text:people.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT(`b`.`first_name`, ' ', `b`.`last_name`) AS CHAR)), ':', CAST(CONCAT(`b`.`first_name`, ' ', `b`.`last_name`) AS CHAR)), 'N') AS `full_name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT_WS(' / ', UPPER(`b`.`first_name`), `b`.`last_name`, LOWER(`b`.`city`)) AS CHAR)), ':', CAST(CONCAT_WS(' / ', UPPER(`b`.`first_name`), `b`.`last_name`, LOWER(`b`.`city`)) AS CHAR)), 'N') AS `label`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT(LEFT(`b`.`first_name`, 1), RIGHT(`b`.`last_name`, 1)) AS CHAR)), ':', CAST(CONCAT(LEFT(`b`.`first_name`, 1), RIGHT(`b`.`last_name`, 1)) AS CHAR)), 'N') AS `initials`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(LEFT(`b`.`code`, 4) AS CHAR)), ':', CAST(LEFT(`b`.`code`, 4) AS CHAR)), 'N') AS `code_head`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(SUBSTRING(`b`.`code`, -2) AS CHAR)), ':', CAST(SUBSTRING(`b`.`code`, -2) AS CHAR)), 'N') AS `code_tail`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(SUBSTRING(`b`.`code`, 2, 3) AS CHAR)), ':', CAST(SUBSTRING(`b`.`code`, 2, 3) AS CHAR)), 'N') AS `code_mid`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(LPAD(`b`.`code`, 8, '0') AS CHAR)), ':', CAST(LPAD(`b`.`code`, 8, '0') AS CHAR)), 'N') AS `code_padded`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(RPAD(`b`.`first_name`, 10, '.') AS CHAR)), ':', CAST(RPAD(`b`.`first_name`, 10, '.') AS CHAR)), 'N') AS `name_padded`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(TRIM(LEADING '0' FROM `b`.`code`) AS CHAR)), ':', CAST(TRIM(LEADING '0' FROM `b`.`code`) AS CHAR)), 'N') AS `code_unpadded`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(REPLACE(TRIM(`b`.`note`), ' ', '_') AS CHAR)), ':', CAST(REPLACE(TRIM(`b`.`note`), ' ', '_') AS CHAR)), 'N') AS `note_clean`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT('[', LTRIM(`b`.`note`), '|', RTRIM(`b`.`note`), ']') AS CHAR)), ':', CAST(CONCAT('[', LTRIM(`b`.`note`), '|', RTRIM(`b`.`note`), ']') AS CHAR)), 'N') AS `note_edges`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `name_bytes`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(CHAR_LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(CHAR_LENGTH(`b`.`first_name`) AS DECIMAL(20,0)) AS CHAR)), 'N') AS `name_chars`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(MD5(`b`.`code`) AS CHAR)), ':', CAST(MD5(`b`.`code`) AS CHAR)), 'N') AS `code_md5`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(SHA2(`b`.`code`, 256) AS CHAR)), ':', CAST(SHA2(`b`.`code`, 256) AS CHAR)), 'N') AS `code_sha256`
FROM (
  SELECT `s`.`id`, `s`.`first_name`, `s`.`last_name`, `s`.`city`, `s`.`code`, `s`.`note`
  FROM `legacy`.`people` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
