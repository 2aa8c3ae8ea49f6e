-- datamove plan bank_tenant, setup: verify_history_insert
-- Runs on the target (mariadb).
-- Appends a verify, reconcile or repair run to the verify history: which plan and parameter set,
-- when, the verdict and the JSON summary of the report (no PII values).
-- Binds:
--   ?1   run_id       text
--   ?2   migration    text
--   ?3   plan_id      text
--   ?4   params_hash  text
--   ?5   action       text
--   ?6   started_at   timestamp(6)
--   ?7   finished_at  timestamp(6)
--   ?8   verdict      text
--   ?9   summary      text
/* datamove bank_tenant:verify_history_insert */
INSERT INTO `bank`.`datamove_verify_history` (`run_id`, `migration`, `plan_id`, `params_hash`,
  `action`, `started_at`, `finished_at`, `verdict`, `summary`)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
