-- datamove plan catalog_merge, step 3 of 3: products: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest product_id of the rows this step reads (the spec's filter
-- applied), for the progress estimate.
-- Binds nothing.
/* datamove catalog_merge:products.extent */
SELECT MIN(`s`.`product_id`) AS `min`, MAX(`s`.`product_id`) AS `max`
FROM `legacy`.`products` AS `s`
