-- datamove plan tenant_move, step 1 of 2: stores: count_target
-- Runs on the target (mariadb).
-- Counts the target rows that came from a source row (their legacy key is set); give target_where
-- to scope it further.
-- Binds nothing.
/* datamove tenant_move:stores.count_target */
SELECT COUNT(*) AS `row_count`
FROM `eu`.`stores` AS `t`
WHERE `t`.`legacy_id` IS NOT NULL
