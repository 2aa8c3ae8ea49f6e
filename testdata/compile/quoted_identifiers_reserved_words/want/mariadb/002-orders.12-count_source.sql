-- datamove plan quoted_names, step 2 of 3: orders: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds:
--   ?1   @grp  string
/* datamove quoted_names:orders.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`order` AS `s`
WHERE ((`s`.`group` = ?) OR `s`.`select`)
