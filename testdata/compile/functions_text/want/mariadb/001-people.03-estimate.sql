-- datamove plan people_text, step 1 of 1: people: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of people from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove people_text:people.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'people'
