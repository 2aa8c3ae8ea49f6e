-- datamove plan event_feed, step 1 of 3: daily_totals: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of daily_totals from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove event_feed:daily_totals.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'daily_totals'
