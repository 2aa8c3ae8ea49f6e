-- datamove plan crm_soft_deletes, step 1 of 3: customers: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of customers from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove crm_soft_deletes:customers.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'customers'
