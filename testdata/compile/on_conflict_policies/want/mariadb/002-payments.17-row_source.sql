-- datamove plan catalog_merge, step 2 of 3: payments: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   @include_archived  bool
--   ?2   key.id             int64
/* datamove catalog_merge:payments.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`amount` AS DECIMAL(65,2)) AS CHAR)), ':', CAST(CAST(`b`.`amount` AS DECIMAL(65,2)) AS CHAR)), 'N') AS `amount`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`paid_at`, '%Y-%m-%d %H:%i:%s.%f')), ':', DATE_FORMAT(`b`.`paid_at`, '%Y-%m-%d %H:%i:%s.%f')), 'N') AS `paid_at`
FROM (
  SELECT `s`.`id`, `s`.`amount`, `s`.`paid_at`
  FROM `legacy`.`payments` AS `s`
  WHERE ((NOT `s`.`archived`) OR ?)
    AND `s`.`id` = ?
) AS `b`
