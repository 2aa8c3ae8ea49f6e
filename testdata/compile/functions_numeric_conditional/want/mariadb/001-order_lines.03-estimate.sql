-- datamove plan order_metrics, step 1 of 1: order_lines: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of order_lines from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove order_metrics:order_lines.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'order_lines'
