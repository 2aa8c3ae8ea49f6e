-- datamove plan crm_soft_deletes, step 2 of 3: products: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove crm_soft_deletes:products.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`products` AS `s`
WHERE (NOT `s`.`is_discontinued`)
