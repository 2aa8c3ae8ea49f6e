-- datamove plan event_feed, step 1 of 3: daily_totals: extent
-- Runs on the source (mariadb).
-- Finds the smallest and largest day of the rows this step reads (the spec's filter applied), for
-- the progress estimate.
-- Binds nothing.
/* datamove event_feed:daily_totals.extent */
SELECT MIN(`s`.`day`) AS `min`, MAX(`s`.`day`) AS `max`
FROM `legacy`.`daily_totals` AS `s`
