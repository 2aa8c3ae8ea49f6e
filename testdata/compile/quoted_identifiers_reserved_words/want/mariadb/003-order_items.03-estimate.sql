-- datamove plan quoted_names, step 3 of 3: order_items: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of Order Items from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove quoted_names:order_items.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'Order Items'
