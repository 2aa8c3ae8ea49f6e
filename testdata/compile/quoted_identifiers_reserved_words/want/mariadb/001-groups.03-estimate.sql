-- datamove plan quoted_names, step 1 of 3: groups: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of group from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove quoted_names:groups.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'group'
