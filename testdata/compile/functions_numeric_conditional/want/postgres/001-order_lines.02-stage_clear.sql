-- datamove plan order_metrics, step 1 of 1: order_lines: stage_clear
-- Runs on the target (postgres).
-- Empties the session's stage table before a batch is loaded into it (two servers).
-- Binds nothing.
/* datamove order_metrics:order_lines.stage_clear */
DELETE FROM "datamove_stage_line_metrics"
