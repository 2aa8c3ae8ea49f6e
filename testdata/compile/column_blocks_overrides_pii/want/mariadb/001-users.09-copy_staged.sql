-- datamove plan users_to_app, step 1 of 1: users: copy_staged
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the stage table into users, mapped per the spec; a row whose (id)
-- already exists is updated, only when a value differs.
-- Binds nothing.
/* datamove users_to_app:users.copy_staged */
INSERT INTO `app`.`users` (`id`, `username`, `display_name`, `email`, `phone_digits`, `country`, `greeting`, `ip_prefix`, `created_at`)
SELECT `b`.`id`, `b`.`login`, COALESCE(TRIM(`b`.`full_name`), `b`.`login`), LOWER(`b`.`email`), (REGEXP_REPLACE(phone, '[^0-9]', '')), COALESCE(`b`.`country`, 'US'), CONCAT('Hello ', COALESCE(TRIM(`b`.`full_name`), `b`.`login`), '!'), (SUBSTRING_INDEX(signup_ip, '.', 1)), `b`.`created_at`
FROM `datamove_stage_users` AS `b`
WHERE TRUE
ON DUPLICATE KEY UPDATE `id` = IF(`app`.`users`.`id` <=> VALUES(`id`), `app`.`users`.`id`, NULL),
  `username` = VALUES(`username`),
  `display_name` = VALUES(`display_name`),
  `email` = VALUES(`email`),
  `phone_digits` = VALUES(`phone_digits`),
  `country` = VALUES(`country`),
  `greeting` = VALUES(`greeting`),
  `ip_prefix` = VALUES(`ip_prefix`),
  `created_at` = VALUES(`created_at`)
