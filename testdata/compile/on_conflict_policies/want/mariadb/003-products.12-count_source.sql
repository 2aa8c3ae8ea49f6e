-- datamove plan catalog_merge, step 3 of 3: products: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove catalog_merge:products.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`products` AS `s`
