-- datamove plan shipment_times, step 1 of 1: shipments: sample_keys
-- Runs on the source (mariadb).
-- Picks sample_size random source keys (id) of the rows this step moves (as count_source counts
-- them), for a sample compare with row_source and row_target. It reads every row of the scope to
-- pick them.
-- Binds:
--   ?1   sample_size  number
/* datamove shipment_times:shipments.sample_keys */
SELECT `s`.`id`
FROM `legacy`.`shipments` AS `s`
ORDER BY RAND()
LIMIT ?
