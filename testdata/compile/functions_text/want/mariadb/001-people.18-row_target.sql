-- datamove plan people_text, step 1 of 1: people: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove people_text:people.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`full_name` AS CHAR)), ':', CAST(`t`.`full_name` AS CHAR)), 'N') AS `full_name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`label` AS CHAR)), ':', CAST(`t`.`label` AS CHAR)), 'N') AS `label`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`initials` AS CHAR)), ':', CAST(`t`.`initials` AS CHAR)), 'N') AS `initials`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_head` AS CHAR)), ':', CAST(`t`.`code_head` AS CHAR)), 'N') AS `code_head`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_tail` AS CHAR)), ':', CAST(`t`.`code_tail` AS CHAR)), 'N') AS `code_tail`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_mid` AS CHAR)), ':', CAST(`t`.`code_mid` AS CHAR)), 'N') AS `code_mid`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_padded` AS CHAR)), ':', CAST(`t`.`code_padded` AS CHAR)), 'N') AS `code_padded`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name_padded` AS CHAR)), ':', CAST(`t`.`name_padded` AS CHAR)), 'N') AS `name_padded`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_unpadded` AS CHAR)), ':', CAST(`t`.`code_unpadded` AS CHAR)), 'N') AS `code_unpadded`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`note_clean` AS CHAR)), ':', CAST(`t`.`note_clean` AS CHAR)), 'N') AS `note_clean`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`note_edges` AS CHAR)), ':', CAST(`t`.`note_edges` AS CHAR)), 'N') AS `note_edges`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`name_bytes` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`name_bytes` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `name_bytes`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`name_chars` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`name_chars` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `name_chars`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_md5` AS CHAR)), ':', CAST(`t`.`code_md5` AS CHAR)), 'N') AS `code_md5`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`code_sha256` AS CHAR)), ':', CAST(`t`.`code_sha256` AS CHAR)), 'N') AS `code_sha256`
FROM `app`.`people` AS `t`
WHERE `t`.`id` = ?
