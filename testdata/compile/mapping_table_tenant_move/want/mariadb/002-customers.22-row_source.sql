-- datamove plan tenant_move, step 2 of 2: customers: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @tenant_id  number
--   ?2   @tenant_id  number
--   ?3   @tenant_id  number
--   ?4   key.id      int32
/* datamove tenant_move:customers.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `legacy_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`store_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`store_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `store_id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(LOWER(TRIM(`b`.`email`)) AS CHAR)), ':', CAST(LOWER(TRIM(`b`.`email`)) AS CHAR)), 'N') AS `email`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(CASE WHEN `b`.`created_at` >= TIMESTAMP '1970-01-02 00:00:00' AND `b`.`created_at` < TIMESTAMP '2038-01-18 00:00:00' THEN CASE WHEN CONVERT_TZ(CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC'), 'UTC', 'America/New_York') = `b`.`created_at` THEN CONVERT_TZ(`b`.`created_at`, 'America/New_York', 'UTC') ELSE CONVERT_TZ(`b`.`created_at` - INTERVAL 1 DAY, 'America/New_York', 'UTC') + INTERVAL 1 DAY END END, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(ROUND(`b`.`balance_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(ROUND(`b`.`balance_cents` / 100, 2) AS DECIMAL(65,2)) AS CHAR)), 'N') AS `balance`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(? AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(? AS DECIMAL(20,0)) AS CHAR)), 'N') AS `tenant_id`
FROM (
  SELECT `s`.`id`, `s`.`store_id`, `s`.`email`, `s`.`created_at`, `s`.`balance_cents`
  FROM `legacy`.`customers` AS `s`
  WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
    AND `s`.`id` = ?
) AS `b`
