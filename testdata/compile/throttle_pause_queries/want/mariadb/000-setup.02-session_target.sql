-- datamove plan orders_copy, setup: session_target
-- Runs on the target (mariadb).
-- Sets what every target session runs with: UTC, UTF-8 and, on MySQL/MariaDB, strict SQL mode so
-- that a value that does not fit is an error, never a truncated row.
-- Binds nothing.
/* datamove orders_copy:session_target */
SET time_zone = '+00:00', character_set_client = 'utf8mb4', character_set_connection = 'utf8mb4',
  collation_connection = 'utf8mb4_bin', character_set_results = 'utf8mb4',
  sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_BACKSLASH_ESCAPES,NO_ENGINE_SUBSTITUTION,ONLY_FULL_GROUP_BY',
  div_precision_increment = 30
