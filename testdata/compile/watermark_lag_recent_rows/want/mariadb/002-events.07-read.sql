-- datamove plan event_feed, step 2 of 3: events: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open        bool
--   ?2   lo.created_at  timestamptz(6)
--   ?3   lo.created_at  timestamptz(6)
--   ?4   lo.id          int64
--   ?5   hi_open        bool
--   ?6   hi.created_at  timestamptz(6)
--   ?7   hi.created_at  timestamptz(6)
--   ?8   hi.id          int64
/* datamove event_feed:events.read */
SELECT `s`.`id`, `s`.`created_at`, `s`.`kind`, `s`.`payload`
FROM `legacy`.`events` AS `s`
WHERE (? OR (`s`.`created_at` > ? OR (`s`.`created_at` = ? AND `s`.`id` > ?)))
  AND (? OR (`s`.`created_at` < ? OR (`s`.`created_at` = ? AND `s`.`id` <= ?)))
ORDER BY `s`.`created_at`, `s`.`id`
