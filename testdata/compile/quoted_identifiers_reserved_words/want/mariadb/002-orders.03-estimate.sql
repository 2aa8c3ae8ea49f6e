-- datamove plan quoted_names, step 2 of 3: orders: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of order from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove quoted_names:orders.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'order'
