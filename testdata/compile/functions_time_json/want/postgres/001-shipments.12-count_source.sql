-- datamove plan shipment_times, step 1 of 1: shipments: count_source
-- Runs on the source (postgres).
-- Counts the source rows this step moves (the spec's filter applied).
-- Binds nothing.
/* datamove shipment_times:shipments.count_source */
SELECT COUNT(*) AS "row_count"
FROM "legacy"."shipments" AS "s"
