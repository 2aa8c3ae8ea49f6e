-- datamove plan shipment_times, step 1 of 1: shipments: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove shipment_times:shipments.stage_clear */
DELETE FROM "datamove_stage_shipments"
