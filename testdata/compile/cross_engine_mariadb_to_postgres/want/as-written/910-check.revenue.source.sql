-- datamove plan shop_to_postgres, check revenue: check_source
-- Runs on the source (mariadb).
-- Runs the spec's revenue query on the source.
-- Binds:
--   ?1   @since  timestamp
/* datamove shop_to_postgres:revenue.check_source */
SELECT SUM(`o`.`total`) FROM `legacy`.`orders` AS `o` INNER JOIN `legacy`.`customers` AS `c` ON `c`.`id` = `o`.`customer_id` WHERE `c`.`created_at` >= ?
