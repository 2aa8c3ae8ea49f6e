-- datamove plan alias_shadowing, step 3 of 3: order_notes: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of order_notes from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove alias_shadowing:order_notes.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'order_notes'
