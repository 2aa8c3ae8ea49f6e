-- datamove plan quoted_names, step 1 of 3: groups: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (group) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   sample_size  number
/* datamove quoted_names:groups.sample_keys */
SELECT `s`.`group`
FROM `legacy`.`group` AS `s`
ORDER BY RAND()
LIMIT ?
