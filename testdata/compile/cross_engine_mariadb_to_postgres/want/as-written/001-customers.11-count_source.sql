-- datamove plan shop_to_postgres, step 1 of 2: customers: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @since  timestamp
/* datamove shop_to_postgres:customers.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`customers` AS `s`
WHERE (`s`.`created_at` >= ?)
