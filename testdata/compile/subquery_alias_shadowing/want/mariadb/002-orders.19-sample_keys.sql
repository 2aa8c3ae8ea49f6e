-- datamove plan alias_shadowing, step 2 of 3: orders: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @region      string
--   ?2   sample_size  number
/* datamove alias_shadowing:orders.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`orders` AS `s`
WHERE (`s`.`customer_id` IN (SELECT `s_1`.`id` FROM `legacy`.`customers` AS `s_1` WHERE (`s_1`.`region` = ?) AND (`s_1`.`id` IN (SELECT `s_2`.`customer_id` FROM `legacy`.`orders` AS `s_2` WHERE `s_2`.`id` = `s`.`id`))))
ORDER BY RAND()
LIMIT ?
