-- datamove plan crm_cleanup, step 1 of 3: customers: count_target
-- Runs on the target (mariadb).
-- Counts the target rows that came from a source row (their legacy key is set); give target_where
-- to scope it further.
-- Binds nothing.
/* datamove crm_cleanup:customers.count_target */
SELECT COUNT(*) AS `row_count`
FROM `app`.`customers` AS `t`
WHERE `t`.`legacy_id` IS NOT NULL
