-- datamove plan order_metrics, step 1 of 1: order_lines: count_source
-- Runs on the source (mariadb).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove order_metrics:order_lines.count_source */
SELECT COUNT(*) AS `row_count`
FROM `legacy`.`order_lines` AS `s`
