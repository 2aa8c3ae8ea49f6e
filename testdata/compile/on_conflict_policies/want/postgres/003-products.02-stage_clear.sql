-- datamove plan catalog_merge, step 3 of 3: products: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove catalog_merge:products.stage_clear */
DELETE FROM "datamove_stage_products"
