-- datamove plan shipment_times, step 1 of 1: shipments: stage_table
-- Runs on the target (mariadb).
-- Creates the session's stage table that holds one batch of raw source rows when source and target
-- are different servers.
-- Binds nothing.
/* datamove shipment_times:shipments.stage_table */
CREATE TEMPORARY TABLE IF NOT EXISTS `datamove_stage_shipments` (
  `id` int,
  `shipped_at` datetime(6),
  `delivered_on` date,
  `label_epoch` bigint,
  `meta` json
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
