-- datamove plan bank_tenant, step 2 of 2: transactions: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of transactions from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove bank_tenant:transactions.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'transactions'
