-- datamove plan orders_copy, step 1 of 1: orders: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove orders_copy:orders.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
