-- datamove plan region_move, step 3 of 3: order_notes: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @excluded_channel  string
--   ?2   @region            string
--   ?3   @active_only       bool
--   ?4   @since             timestamp
/* datamove region_move:order_notes.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`order_notes` AS `s`
WHERE (EXISTS (SELECT 1 FROM `legacy`.`orders` AS `o` INNER JOIN `legacy`.`customers` AS `c` ON `c`.`id` = `o`.`customer_id` WHERE ((((`o`.`id` = `s`.`order_id`) AND (`o`.`channel` <> ?)) AND (`c`.`region` = ?)) AND (`c`.`is_active` OR (NOT ?))) AND (`c`.`created_at` >= ?)))
