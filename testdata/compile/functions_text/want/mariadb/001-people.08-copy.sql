-- datamove plan people_text, step 1 of 1: people: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into people, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove people_text:people.copy */
INSERT INTO `app`.`people` (`id`, `full_name`, `label`, `initials`, `code_head`, `code_tail`, `code_mid`, `code_padded`, `name_padded`, `code_unpadded`, `note_clean`, `note_edges`, `name_bytes`, `name_chars`, `code_md5`, `code_sha256`)
SELECT `b`.`id`, CONCAT(`b`.`first_name`, ' ', `b`.`last_name`), CONCAT_WS(' / ', UPPER(`b`.`first_name`), `b`.`last_name`, LOWER(`b`.`city`)), CONCAT(LEFT(`b`.`first_name`, 1), RIGHT(`b`.`last_name`, 1)), LEFT(`b`.`code`, 4), SUBSTRING(`b`.`code`, -2), SUBSTRING(`b`.`code`, 2, 3), LPAD(`b`.`code`, 8, '0'), RPAD(`b`.`first_name`, 10, '.'), TRIM(LEADING '0' FROM `b`.`code`), REPLACE(TRIM(`b`.`note`), ' ', '_'), CONCAT('[', LTRIM(`b`.`note`), '|', RTRIM(`b`.`note`), ']'), LENGTH(`b`.`first_name`), CHAR_LENGTH(`b`.`first_name`), MD5(`b`.`code`), SHA2(`b`.`code`, 256)
FROM (
  SELECT `s`.`id`, `s`.`first_name`, `s`.`last_name`, `s`.`city`, `s`.`code`, `s`.`note`
  FROM `legacy`.`people` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`app`.`people`.`id` <=> VALUES(`id`), `app`.`people`.`id`, NULL),
  `full_name` = VALUES(`full_name`),
  `label` = VALUES(`label`),
  `initials` = VALUES(`initials`),
  `code_head` = VALUES(`code_head`),
  `code_tail` = VALUES(`code_tail`),
  `code_mid` = VALUES(`code_mid`),
  `code_padded` = VALUES(`code_padded`),
  `name_padded` = VALUES(`name_padded`),
  `code_unpadded` = VALUES(`code_unpadded`),
  `note_clean` = VALUES(`note_clean`),
  `note_edges` = VALUES(`note_edges`),
  `name_bytes` = VALUES(`name_bytes`),
  `name_chars` = VALUES(`name_chars`),
  `code_md5` = VALUES(`code_md5`),
  `code_sha256` = VALUES(`code_sha256`)
