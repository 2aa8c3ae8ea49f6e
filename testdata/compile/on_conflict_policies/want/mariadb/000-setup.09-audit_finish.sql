-- datamove plan catalog_merge, setup: audit_finish
-- Runs on the target (mariadb).
-- Records how a run ended: when, rows moved, outcome and detail.
-- Binds:
--   ?1   finished_at  timestamp(6)
--   ?2   rows_moved   int64
--   ?3   outcome      text
--   ?4   detail       text
--   ?5   run_id       text
/* datamove catalog_merge:audit_finish */
UPDATE `shop`.`datamove_audit` SET `finished_at` = ?, `rows_moved` = ?,
  `outcome` = ?, `detail` = ?
WHERE `run_id` = ?
