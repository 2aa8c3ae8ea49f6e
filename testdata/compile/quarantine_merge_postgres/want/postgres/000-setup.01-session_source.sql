-- datamove plan accounts_merge, setup: session_source
-- Runs on the source (postgres).
-- Sets what every source session runs with: UTC, UTF-8 and, on MySQL/MariaDB, strict SQL mode so
-- that a value that does not fit is an error, never a truncated row.
-- Binds nothing.
/* datamove accounts_merge:session_source */
SELECT set_config('TimeZone', 'UTC', false), set_config('client_encoding', 'UTF8', false),
  set_config('DateStyle', 'ISO, YMD', false), set_config('IntervalStyle', 'iso_8601', false),
  set_config('extra_float_digits', '1', false)
