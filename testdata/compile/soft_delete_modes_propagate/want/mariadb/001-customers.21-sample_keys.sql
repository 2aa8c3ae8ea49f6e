-- datamove plan crm_soft_deletes, step 1 of 3: customers: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   sample_size  number
/* datamove crm_soft_deletes:customers.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`customers` AS `s`
ORDER BY RAND()
LIMIT ?
