-- datamove plan warehouse_move, step 3 of 3: movements: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of stock_movements from its statistics (NULL or no row: none),
-- for progress before counting.
-- Binds nothing.
/* datamove warehouse_move:movements.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'stock_movements'
