-- datamove plan order_metrics, step 1 of 1: order_lines: stage_clear
-- Runs on the target (mariadb).
-- Empties the session's stage table before a batch is loaded into it (two servers); it runs before
-- the batch's transaction, as TRUNCATE commits implicitly.
-- Binds nothing.
/* datamove order_metrics:order_lines.stage_clear */
TRUNCATE TABLE `datamove_stage_line_metrics`
