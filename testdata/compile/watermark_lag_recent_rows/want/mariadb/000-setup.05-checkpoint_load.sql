-- datamove plan event_feed, setup: checkpoint_load
-- Runs on the target (mariadb).
-- Reads the checkpoints of this migration and parameter set: per step and part, the plan that
-- wrote it, its state, position, range end, counts, fingerprints, times and last error.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove event_feed:checkpoint_load */
SELECT `step`, `part`, `plan_id`, `state`, `position`, `range_end`, `rows_done`, `rows_skipped`,
  `rows_rejected`, `source_fingerprint`, `target_fingerprint`, `started_at`, `updated_at`, `finished_at`,
  `last_error`
FROM `feed`.`datamove_checkpoint`
WHERE `migration` = ? AND `params_hash` = ?
ORDER BY `step`, `part`
