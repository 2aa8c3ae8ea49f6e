-- datamove plan crm_soft_deletes, setup: checkpoint_save
-- Runs on the target (postgres).
-- Saves one checkpoint (migration, step, parameter set, part): inserted the first time,
-- overwritten after; runs in each batch's transaction.
-- Binds:
--   $1   migration           text
--   $2   step                text
--   $3   params_hash         text
--   $4   part                int32
--   $5   plan_id             text
--   $6   state               text
--   $7   position            text
--   $8   range_end           text
--   $9   rows_done           int64
--   $10  rows_skipped        int64
--   $11  rows_rejected       int64
--   $12  source_fingerprint  text
--   $13  target_fingerprint  text
--   $14  started_at          timestamp(6)
--   $15  updated_at          timestamp(6)
--   $16  finished_at         timestamp(6)
--   $17  last_error          text
/* datamove crm_soft_deletes:checkpoint_save */
INSERT INTO "crm"."datamove_checkpoint" ("migration", "step", "params_hash", "part", "plan_id",
  "state", "position", "range_end", "rows_done", "rows_skipped", "rows_rejected", "source_fingerprint",
  "target_fingerprint", "started_at", "updated_at", "finished_at", "last_error")
VALUES (CAST($1 AS text), CAST($2 AS text), CAST($3 AS text), CAST($4 AS integer), CAST($5 AS text),
  CAST($6 AS text), CAST($7 AS text), CAST($8 AS text), CAST($9 AS bigint), CAST($10 AS bigint),
  CAST($11 AS bigint), CAST($12 AS text), CAST($13 AS text), CAST($14 AS timestamp(6) without time zone),
  CAST($15 AS timestamp(6) without time zone), CAST($16 AS timestamp(6) without time zone),
  CAST($17 AS text))
ON CONFLICT ("migration", "step", "params_hash", "part") DO UPDATE SET
  "plan_id" = EXCLUDED."plan_id",
  "state" = EXCLUDED."state",
  "position" = EXCLUDED."position",
  "range_end" = EXCLUDED."range_end",
  "rows_done" = EXCLUDED."rows_done",
  "rows_skipped" = EXCLUDED."rows_skipped",
  "rows_rejected" = EXCLUDED."rows_rejected",
  "source_fingerprint" = EXCLUDED."source_fingerprint",
  "target_fingerprint" = EXCLUDED."target_fingerprint",
  "started_at" = EXCLUDED."started_at",
  "updated_at" = EXCLUDED."updated_at",
  "finished_at" = EXCLUDED."finished_at",
  "last_error" = EXCLUDED."last_error"
