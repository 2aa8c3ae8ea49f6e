-- datamove plan shard_merge, step 2 of 2: invoices: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of invoices from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove shard_merge:invoices.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'shard' AND `TABLE_NAME` = 'invoices'
