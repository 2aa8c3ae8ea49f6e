-- datamove plan shard_merge, step 1 of 2: accounts: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of accounts from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove shard_merge:accounts.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'shard' AND `TABLE_NAME` = 'accounts'
