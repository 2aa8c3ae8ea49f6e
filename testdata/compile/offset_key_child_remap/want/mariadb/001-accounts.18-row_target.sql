-- datamove plan shard_merge, step 1 of 2: accounts: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   @id_offset  number
--   ?2   @id_offset  number
--   ?3   @id_offset  number
--   ?4   key.id      int32
--   ?5   @id_offset  number
/* datamove shard_merge:accounts.row_target */
SELECT `t`.`id` - ? AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` - ? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` - ? AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`name` AS CHAR)), ':', CAST(`t`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`region` AS CHAR)), ':', CAST(`t`.`region` AS CHAR)), 'N') AS `region`
FROM `main`.`accounts` AS `t`
WHERE `t`.`id` = (? + ?)
