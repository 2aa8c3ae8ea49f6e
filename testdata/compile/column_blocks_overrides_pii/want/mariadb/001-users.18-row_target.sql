-- datamove plan users_to_app, step 1 of 1: users: row_target
-- Runs on the target (mariadb).
-- Reads the target row whose source key (id) = key (remapped keys translated back): the key, then
-- per checksummed column its canonical text, as row_source gives it for the source. No row: the
-- target has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove users_to_app:users.row_target */
SELECT `t`.`id` AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`t`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`username` AS CHAR)), ':', CAST(`t`.`username` AS CHAR)), 'N') AS `username`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`display_name` AS CHAR)), ':', CAST(`t`.`display_name` AS CHAR)), 'N') AS `display_name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`email` AS CHAR)), ':', CAST(`t`.`email` AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`phone_digits` AS CHAR)), ':', CAST(`t`.`phone_digits` AS CHAR)), 'N') AS `phone_digits`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`country` AS CHAR)), ':', CAST(`t`.`country` AS CHAR)), 'N') AS `country`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`greeting` AS CHAR)), ':', CAST(`t`.`greeting` AS CHAR)), 'N') AS `greeting`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`t`.`ip_prefix` AS CHAR)), ':', CAST(`t`.`ip_prefix` AS CHAR)), 'N') AS `ip_prefix`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`t`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`
FROM `app`.`users` AS `t`
WHERE `t`.`id` = ?
