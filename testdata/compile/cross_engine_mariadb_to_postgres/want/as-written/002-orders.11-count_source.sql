-- datamove plan shop_to_postgres, step 2 of 2: orders: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @since  timestamp
/* datamove shop_to_postgres:orders.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
