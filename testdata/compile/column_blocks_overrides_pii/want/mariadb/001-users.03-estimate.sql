-- datamove plan users_to_app, step 1 of 1: users: estimate
-- Runs on the source (mariadb).
-- Reads the engine's row estimate of users from its statistics (NULL or no row: none), for
-- progress before counting.
-- Binds nothing.
/* datamove users_to_app:users.estimate */
SELECT CAST(`TABLE_ROWS` AS SIGNED) AS `estimate`
FROM `information_schema`.`TABLES`
WHERE `TABLE_SCHEMA` = 'legacy' AND `TABLE_NAME` = 'users'
