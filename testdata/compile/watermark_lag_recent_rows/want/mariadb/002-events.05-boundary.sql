-- datamove plan event_feed, step 2 of 3: events: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound hi of the next batch: the (created_at, id) of the batch_size-th source row
-- after lo in watermark order (no row: the step is done). Safety lag 1m30s: only rows whose
-- created_at is at most cap.created_at (the source's clock minus the lag) count; cap_open lifts
-- the cap.
-- Binds:
--   ?1   lo_open         bool
--   ?2   lo.created_at   timestamptz(6)
--   ?3   lo.created_at   timestamptz(6)
--   ?4   lo.id           int64
--   ?5   cap_open        bool
--   ?6   cap.created_at  timestamptz(6)
--   ?7   batch_size      number
/* datamove event_feed:events.boundary */
SELECT `b`.`created_at`, `b`.`id`
FROM (
  SELECT `s`.`created_at`, `s`.`id`
  FROM `legacy`.`events` AS `s`
  WHERE (? OR (`s`.`created_at` > ? OR (`s`.`created_at` = ? AND `s`.`id` > ?)))
    AND (? OR `s`.`created_at` <= ?)
  ORDER BY `s`.`created_at`, `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`created_at` DESC, `b`.`id` DESC
LIMIT 1
