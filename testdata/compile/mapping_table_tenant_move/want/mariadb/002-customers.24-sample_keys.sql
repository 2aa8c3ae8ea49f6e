-- datamove plan tenant_move, step 2 of 2: customers: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @tenant_id   number
--   ?2   sample_size  number
/* datamove tenant_move:customers.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`customers` AS `s`
WHERE ((`s`.`store_id` IN (SELECT `id` FROM `legacy`.`stores` WHERE `tenant_id` = ?)) AND (NOT (`s`.`deleted_at` IS NOT NULL)))
ORDER BY RAND()
LIMIT ?
