-- datamove plan users_to_app, step 1 of 1: users: copy
-- Runs on the target (mariadb).
-- Copies the batch (lo, hi] from the source table into users, mapped per the spec; a row whose
-- (id) already exists is updated, only when a value differs.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove users_to_app:users.copy */
INSERT INTO `app`.`users` (`id`, `username`, `display_name`, `email`, `phone_digits`, `country`, `greeting`, `ip_prefix`, `created_at`)
SELECT `b`.`id`, `b`.`login`, COALESCE(TRIM(`b`.`full_name`), `b`.`login`), LOWER(`b`.`email`), (REGEXP_REPLACE(phone, '[^0-9]', '')), COALESCE(`b`.`country`, 'US'), CONCAT('Hello ', COALESCE(TRIM(`b`.`full_name`), `b`.`login`), '!'), (SUBSTRING_INDEX(signup_ip, '.', 1)), `b`.`created_at`
FROM (
  SELECT `s`.`id`, `s`.`login`, `s`.`full_name`, `s`.`email`, `s`.`phone`, `s`.`country`, `s`.`signup_ip`, `s`.`created_at`
  FROM `legacy`.`users` AS `s`
  WHERE (? OR `s`.`id` > ?)
    AND (? OR `s`.`id` <= ?)
) AS `b`
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
