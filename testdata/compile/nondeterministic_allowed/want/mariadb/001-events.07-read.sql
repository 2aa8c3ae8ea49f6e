-- datamove plan events_stamp, step 1 of 1: events: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.id    int64
--   ?3   hi_open  bool
--   ?4   hi.id    int64
/* datamove events_stamp:events.read */
SELECT `s`.`id`, `s`.`kind`, `s`.`payload`
FROM `legacy`.`events` AS `s`
WHERE (? OR `s`.`id` > ?)
  AND (? OR `s`.`id` <= ?)
ORDER BY `s`.`id`
