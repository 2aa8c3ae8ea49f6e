-- datamove plan shard_merge, step 2 of 2: invoices: row_source
-- Runs on the source (mariadb).
-- Reads the mapped source row with source key (id) = key: the key, then per checksummed target
-- column its canonical text (<length>:<text>, N for NULL), the fields checksum_source hashes. No
-- row: the source has no such row in the step's scope.
-- Binds:
--   ?1   key.id  int32
/* datamove shard_merge:invoices.row_source */
SELECT `b`.`id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `id`,
  COALESCE(CONCAT(CHAR_LENGTH(CAST(CAST(`b`.`account_id` AS DECIMAL(20,0)) AS CHAR)), ':', CAST(CAST(`b`.`account_id` AS DECIMAL(20,0)) AS CHAR)), 'N') AS `account_id`,
  COALESCE(CONCAT(CHAR_LENGTH(TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`amount_cents` / 100 AS DECIMAL(65,30)) AS CHAR)))), ':', TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM CAST(CAST(`b`.`amount_cents` / 100 AS DECIMAL(65,30)) AS CHAR)))), 'N') AS `amount`,
  COALESCE(CONCAT(CHAR_LENGTH(DATE_FORMAT(`b`.`issued_on`, '%Y-%m-%d')), ':', DATE_FORMAT(`b`.`issued_on`, '%Y-%m-%d')), 'N') AS `issued_on`
FROM (
  SELECT `s`.`id`, `s`.`account_id`, `s`.`amount_cents`, `s`.`issued_on`
  FROM `shard`.`invoices` AS `s`
  WHERE `s`.`id` = ?
) AS `b`
