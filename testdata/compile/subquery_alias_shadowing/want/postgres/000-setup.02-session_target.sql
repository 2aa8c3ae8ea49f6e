-- datamove plan alias_shadowing, setup: session_target
-- Runs on the target (postgres).
-- Sets what every target session runs with: UTC, UTF-8 and, on MySQL/MariaDB, strict SQL mode so
-- that a value that does not fit is an error, never a truncated row.
-- Binds nothing.
/* datamove alias_shadowing:session_target */
SELECT set_config('TimeZone', 'UTC', false), set_config('client_encoding', 'UTF8', false),
  set_config('DateStyle', 'ISO, YMD', false), set_config('IntervalStyle', 'iso_8601', false),
  set_config('extra_float_digits', '1', false)
