-- datamove plan shop_to_postgres, step 2 of 2: orders: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @since       timestamp
--   ?2   sample_size  number
/* datamove shop_to_postgres:orders.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE `created_at` >= ?))
ORDER BY RAND()
LIMIT ?
