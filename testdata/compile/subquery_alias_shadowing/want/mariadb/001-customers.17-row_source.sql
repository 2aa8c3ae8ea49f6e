-- datamove plan alias_shadowing, step 1 of 3: customers: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @region  string
--   ?2   key.id   int32
/* datamove alias_shadowing:customers.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`region` AS CHAR)), ':', CAST(`b`.`region` AS CHAR)), 'N') AS `region`,
  COALESCE(CONCAT(CHAR_LENGTH(CASE WHEN `b`.`is_active` THEN '1' WHEN NOT `b`.`is_active` THEN '0' END), ':', CASE WHEN `b`.`is_active` THEN '1' WHEN NOT `b`.`is_active` THEN '0' END), 'N') AS `is_active`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(`b`.`name` AS CHAR)), ':', CAST(`b`.`name` AS CHAR)), 'N') AS `name`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`created_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `created_at`
FROM (
  SELECT `s`.`id`, `s`.`region`, `s`.`is_active`, `s`.`name`, `s`.`created_at`
  FROM `legacy`.`customers` AS `s`
  WHERE (`s`.`region` = ?)
    AND `s`.`id` = ?
) AS `b`
