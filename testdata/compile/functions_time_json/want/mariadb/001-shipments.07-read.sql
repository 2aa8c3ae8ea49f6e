-- datamove plan shipment_times, step 1 of 1: shipments: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int32
--   ?3   hi_open  bool
--   ?4   hi.id    int32
/* datamove shipment_times:shipments.read */
SELECT `s`.`id`, `s`.`shipped_at`, `s`.`delivered_on`, `s`.`label_epoch`, `s`.`meta`
FROM `legacy`.`shipments` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
