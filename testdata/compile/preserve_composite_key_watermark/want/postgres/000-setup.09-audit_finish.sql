-- datamove plan orders_until_cutoff, setup: audit_finish
-- Runs on the target (postgres).
-- Records how a run ended: when, rows moved, outcome and detail.
-- Binds:
--   $1   finished_at  timestamp(6)
--   $2   rows_moved   int64
--   $3   outcome      text
--   $4   detail       text
--   $5   run_id       text
/* datamove orders_until_cutoff:audit_finish */
UPDATE "eu"."datamove_audit" SET "finished_at" = CAST($1 AS timestamp(6) without time zone),
  "rows_moved" = CAST($2 AS bigint), "outcome" = CAST($3 AS text),
  "detail" = CAST($4 AS text)
WHERE "run_id" = CAST($5 AS text)
