-- datamove plan event_feed, step 2 of 3: events: boundary
-- Runs on the source (mariadb).
-- Finds the upper bound of the next batch: the (created_at, id) of the batch_size-th source row
-- after lo in watermark order, at most hi (the end of a key-range part; hi_open when there is
-- none), with batch_rows, the rows the batch holds. No row: the part is done. Safety lag 1m30s:
-- only rows whose created_at is at most cap.created_at (the source's clock minus the lag) count;
-- cap_open lifts the cap.
-- Binds:
--   ?1   lo_open         bool
--   ?2   lo.created_at   timestamptz(6)
--   ?3   lo.created_at   timestamptz(6)
--   ?4   lo.id           int64
--   ?5   hi_open         bool
--   ?6   hi.created_at   timestamptz(6)
--   ?7   hi.created_at   timestamptz(6)
--   ?8   hi.id           int64
--   ?9   cap_open        bool
--   ?10  cap.created_at  timestamptz(6)
--   ?11  batch_size      number
/* datamove event_feed:events.boundary */
SELECT `b`.`created_at`, `b`.`id`, COUNT(*) OVER () AS `batch_rows`
FROM (
  SELECT `s`.`created_at`, `s`.`id`
  FROM `legacy`.`events` AS `s`
  WHERE (? OR (`s`.`created_at` > ? OR (`s`.`created_at` = ? AND `s`.`id` > ?)))
    AND (? OR (`s`.`created_at` < ? OR (`s`.`created_at` = ? AND `s`.`id` <= ?)))
    AND (? OR `s`.`created_at` <= ?)
  ORDER BY `s`.`created_at`, `s`.`id`
  LIMIT ?
) AS `b`
ORDER BY `b`.`created_at` DESC, `b`.`id` DESC
LIMIT 1
