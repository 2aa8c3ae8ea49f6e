-- datamove plan shop_to_postgres, step 1 of 2: customers: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @since  timestamp
--   ?2   key.id  int32 unsigned
/* datamove shop_to_postgres:customers.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(LOWER(`b`.`email`) AS CHAR)), ':', CAST(LOWER(`b`.`email`) AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`is_vip` THEN '1' WHEN NOT `b`.`is_vip` THEN '0' END), ':', CASE WHEN `b`.`is_vip` THEN '1' WHEN NOT `b`.`is_vip` THEN '0' END), 'N') AS `is_vip`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`tier` AS CHAR)), ':', CAST(`b`.`tier` AS CHAR)), 'N') AS `tier`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC'), 'UTC', 'Europe/Berlin') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'Europe/Berlin', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC'), 'UTC', 'Europe/Berlin') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'Europe/Berlin', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'Europe/Berlin', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`
FROM (
  SELECT `s`.`id`, `s`.`email`, `s`.`is_vip`, `s`.`tier`, `s`.`created_at`
  FROM `legacy`.`customers` AS `s`
  WHERE (`s`.`created_at` >= ?)
    AND `s`.`id` = ?
) AS `b`
