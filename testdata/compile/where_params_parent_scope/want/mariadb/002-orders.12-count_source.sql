-- datamove plan region_move, step 2 of 3: orders: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @region            string
--   ?2   @active_only       bool
--   ?3   @since             timestamp
--   ?4   @excluded_channel  string
/* datamove region_move:orders.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`orders` AS `s`
WHERE ((`s`.`customer_id` IN (SELECT `id` FROM `legacy`.`customers` WHERE ((`region` = ?) AND (`is_active` OR (NOT ?))) AND (`created_at` >= ?))) AND (`s`.`channel` <> ?))
