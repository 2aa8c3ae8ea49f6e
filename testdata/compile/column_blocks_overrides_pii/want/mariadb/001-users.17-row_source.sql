-- datamove plan users_to_app, step 1 of 1: users: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove users_to_app:users.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`login` AS CHAR)), ':', CAST(`b`.`login` AS CHAR)), 'N') AS `username`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(COALESCE(TRIM(`b`.`full_name`), `b`.`login`) AS CHAR)), ':', CAST(COALESCE(TRIM(`b`.`full_name`), `b`.`login`) AS CHAR)), 'N') AS `display_name`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(LOWER(`b`.`email`) AS CHAR)), ':', CAST(LOWER(`b`.`email`) AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST((REGEXP_REPLACE(phone, '[^0-9]', '')) AS CHAR)), ':', CAST((REGEXP_REPLACE(phone, '[^0-9]', '')) AS CHAR)), 'N') AS `phone_digits`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(COALESCE(`b`.`country`, 'US') AS CHAR)), ':', CAST(COALESCE(`b`.`country`, 'US') AS CHAR)), 'N') AS `country`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CONCAT('Hello ', COALESCE(TRIM(`b`.`full_name`), `b`.`login`), '!') AS CHAR)), ':', CAST(CONCAT('Hello ', COALESCE(TRIM(`b`.`full_name`), `b`.`login`), '!') AS CHAR)), 'N') AS `greeting`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST((SUBSTRING_INDEX(signup_ip, '.', 1)) AS CHAR)), ':', CAST((SUBSTRING_INDEX(signup_ip, '.', 1)) AS CHAR)), 'N') AS `ip_prefix`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`
FROM (
  SELECT `s`.`id`, `s`.`login`, `s`.`full_name`, `s`.`email`, `s`.`phone`, `s`.`country`, `s`.`signup_ip`, `s`.`created_at`
  FROM `legacy`.`users` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
