-- datamove plan geo_move, step 3 of 5: cities: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of cities from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove geo_move:cities.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'cities'
