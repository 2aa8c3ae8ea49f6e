-- datamove plan warehouse_move, step 1 of 3: warehouses: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @warehouse_id  number
--   ?2   sample_size    number
/* datamove warehouse_move:warehouses.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`warehouses` AS `s`
WHERE (`s`.`id` = ?)
ORDER BY RAND()
LIMIT ?
