-- datamove plan crm_soft_deletes, step 2 of 3: products: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove crm_soft_deletes:products.count_target */
SELECT COUNT(*) AS `row_count`
FROM `crm`.`products` AS `t`
