-- datamove plan region_move, setup: checkpoint_save
-- Runs on the target (mariadb).
-- Saves one checkpoint (migration, step, parameter set, part): inserted the first time,
-- overwritten after; runs in each batch's transaction.
-- Binds:
--   ?1   migration           text
--   ?2   step                text
--   ?3   params_hash         text
--   ?4   part                int32
--   ?5   plan_id             text
--   ?6   state               text
--   ?7   position            text
--   ?8   range_end           text
--   ?9   rows_done           int64
--   ?10  rows_skipped        int64
--   ?11  rows_rejected       int64
--   ?12  source_fingerprint  text
--   ?13  target_fingerprint  text
--   ?14  started_at          timestamp(6)
--   ?15  updated_at          timestamp(6)
--   ?16  finished_at         timestamp(6)
--   ?17  last_error          text
/* datamove region_move:checkpoint_save */
INSERT INTO `crm`.`datamove_checkpoint` (`migration`, `step`, `params_hash`, `part`, `plan_id`,
  `state`, `position`, `range_end`, `rows_done`, `rows_skipped`, `rows_rejected`, `source_fingerprint`,
  `target_fingerprint`, `started_at`, `updated_at`, `finished_at`, `last_error`)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON DUPLICATE KEY UPDATE
  `plan_id` = VALUES(`plan_id`),
  `state` = VALUES(`state`),
  `position` = VALUES(`position`),
  `range_end` = VALUES(`range_end`),
  `rows_done` = VALUES(`rows_done`),
  `rows_skipped` = VALUES(`rows_skipped`),
  `rows_rejected` = VALUES(`rows_rejected`),
  `source_fingerprint` = VALUES(`source_fingerprint`),
  `target_fingerprint` = VALUES(`target_fingerprint`),
  `started_at` = VALUES(`started_at`),
  `updated_at` = VALUES(`updated_at`),
  `finished_at` = VALUES(`finished_at`),
  `last_error` = VALUES(`last_error`)
