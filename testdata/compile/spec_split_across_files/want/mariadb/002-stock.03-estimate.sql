-- datamove plan warehouse_move, step 2 of 3: stock: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of stock from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove warehouse_move:stock.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'stock'
