-- datamove plan event_feed, step 1 of 3: daily_totals: read
-- Runs on the source (mariadb).
-- Reads the raw source rows of one batch (lo, hi] for the stage table when source and target are
-- different servers.
-- Binds:
--   ?1   lo_open  bool
--   ?2   lo.day   date
--   ?3   hi_open  bool
--   ?4   hi.day   date
/* datamove event_feed:daily_totals.read */
SELECT `s`.`day`, `s`.`total`
FROM `legacy`.`daily_totals` AS `s`
WHERE (? OR `s`.`day` > ?)
  AND (? OR `s`.`day` <= ?)
ORDER BY `s`.`day`
