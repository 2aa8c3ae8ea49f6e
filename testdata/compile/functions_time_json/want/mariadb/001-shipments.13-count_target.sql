-- datamove plan shipment_times, step 1 of 1: shipments: count_target
-- Runs on the target (mariadb).
-- Counts every row of the target table: the spec gives no target_where, so rows that did not come
-- from this move count too.
-- Binds nothing.
/* datamove shipment_times:shipments.count_target */
SELECT COUNT(*) AS `row_count`
FROM `dw`.`shipments` AS `t`
