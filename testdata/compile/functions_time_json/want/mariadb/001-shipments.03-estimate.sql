-- datamove plan shipment_times, step 1 of 1: shipments: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of shipments from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove shipment_times:shipments.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'shipments'
