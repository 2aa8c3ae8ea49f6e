-- datamove plan orders_until_cutoff, setup: verify_history_last
-- Runs on the target (mariadb).
-- Reads the last verify, reconcile or repair run of this migration and parameter set (for datamove
-- status): run id, plan id, action, when it finished, verdict.
-- Binds:
--   ?1   migration    text
--   ?2   params_hash  text
/* datamove orders_until_cutoff:verify_history_last */
SELECT `run_id`, `plan_id`, `action`, `finished_at`, `verdict`
FROM `eu`.`datamove_verify_history`
WHERE `migration` = ? AND `params_hash` = ?
ORDER BY `finished_at` DESC, `run_id` DESC
LIMIT 1
