-- datamove plan tenant_move, step 1 of 2: stores: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of stores from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove tenant_move:stores.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'stores'
