-- datamove plan event_feed, step 3 of 3: sources: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of sources from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove event_feed:sources.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'sources'
