-- datamove plan event_feed, step 1 of 3: daily_totals: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (day) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   sample_size  number
/* datamove event_feed:daily_totals.sample_keys */
SELECT `s`.`day`
FROM `legacy`.`daily_totals` AS `s`
ORDER BY RAND()
LIMIT ?
