-- datamove plan geo_move, step 5 of 5: managers: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of site_managers from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove geo_move:managers.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'site_managers'
