-- datamove plan events_stamp, step 1 of 1: events: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of events from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove events_stamp:events.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'events'
