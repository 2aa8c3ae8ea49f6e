-- datamove plan region_move, step 3 of 3: order_notes: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @excluded_channel  string
--   ?2   @region            string
--   ?3   @active_only       bool
--   ?4   @since             timestamp
--   ?5   sample_size        number
/* datamove region_move:order_notes.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`order_notes` AS `s`
WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `o` INNER JOIN `legacy`.`customers` AS `c` ON `c`.`id` = `o`.`customer_id` WHERE ((((`o`.`id` = `s`.`order_id`) AND (`o`.`channel` <> ?)) AND (`c`.`region` = ?)) AND (`c`.`is_active` OR (NOT ?))) AND (`c`.`created_at` >= ?)))
ORDER BY RAND()
LIMIT ?
