-- datamove plan catalog_merge, step 2 of 3: payments: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   @include_archived  bool
--   ?2   sample_size        number
/* datamove catalog_merge:payments.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`payments` AS `s`
WHERE ((NOT `s`.`archived`) OR ?)
ORDER BY RAND()
LIMIT ?
