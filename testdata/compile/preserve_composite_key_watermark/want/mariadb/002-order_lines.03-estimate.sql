-- datamove plan orders_until_cutoff, step 2 of 2: order_lines: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of order_lines from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove orders_until_cutoff:order_lines.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'order_lines'
