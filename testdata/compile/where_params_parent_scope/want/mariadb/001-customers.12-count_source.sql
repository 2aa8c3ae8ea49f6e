-- datamove plan region_move, step 1 of 3: customers: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @region       string
--   ?2   @active_only  bool
--   ?3   @since        timestamp
/* datamove region_move:customers.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`customers` AS `s`
WHERE (((`s`.`region` = ?) AND (`s`.`is_active` OR (NOT ?))) AND (`s`.`created_at` >= ?))
