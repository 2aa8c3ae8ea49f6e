// Package inspect reads the structure of a live PostgreSQL schema or MySQL/MariaDB database into
// a schema.Database, the snapshot `datamove inspect` writes.
//
// Contract:
//   - Inspect only reads catalogs (pg_catalog on PostgreSQL, in one read-only repeatable-read
//     transaction; information_schema on MySQL and MariaDB, on one connection); it never changes
//     the database.
//   - The result is stable: inspecting the same database twice gives the same schema.Write bytes,
//     and Fingerprint is set with ComputeFingerprint.
//   - Errors never contain a password: DSNs in messages are redacted (see Redact), and so is any
//     driver message that would repeat the password.
//   - Representation rules, per engine, are stated next to the code that applies them
//     (postgres.go, mysql.go): which defaults are kept, how identity and generated columns are
//     recognised, which unique indexes count as keys.
package inspect
