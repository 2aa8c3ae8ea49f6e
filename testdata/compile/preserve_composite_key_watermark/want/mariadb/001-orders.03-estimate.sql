-- datamove plan orders_until_cutoff, step 1 of 2: orders: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of orders from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove orders_until_cutoff:orders.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'orders'
