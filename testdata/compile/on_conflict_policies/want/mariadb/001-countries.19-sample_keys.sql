-- datamove plan catalog_merge, step 1 of 3: countries: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (code) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   sample_size  number
/* datamove catalog_merge:countries.sample_keys */
SELECT `s`.`code`
FROM `legacy`.`countries` AS `s`
ORDER BY RAND()
LIMIT ?
