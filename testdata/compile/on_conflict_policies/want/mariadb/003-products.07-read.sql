-- datamove plan catalog_merge, step 3 of 3: products: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.product_id  int32
--   ?3   hi_open        bool
--   ?4   hi.product_id  int32
/* datamove catalog_merge:products.read */
SELECT `s`.`product_id`, `s`.`sku`, `s`.`name`, `s`.`origin`
FROM `legacy`.`products` AS `s`
WHERE (? OR `s`.`product_id` > ?)
  AND (? OR `s`.`product_id` <= ?)
ORDER BY `s`.`product_id`
