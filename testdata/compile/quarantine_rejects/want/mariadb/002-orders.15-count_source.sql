-- datamove plan crm_cleanup, step 2 of 3: orders: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove crm_cleanup:orders.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
