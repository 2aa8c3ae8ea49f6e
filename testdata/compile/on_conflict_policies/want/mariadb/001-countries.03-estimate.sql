-- datamove plan catalog_merge, step 1 of 3: countries: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of countries from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove catalog_merge:countries.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'countries'
