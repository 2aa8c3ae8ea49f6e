// Package schema is datamove's model of a database schema snapshot: the tables, columns, keys and
// foreign keys of one PostgreSQL schema or one MySQL/MariaDB database, as `datamove inspect`
// captured them, with a fingerprint over their structure.
//
// Contract:
//   - A snapshot is read from and written to HCL (Read, Write); Write(Read(x)) == x byte for byte
//     when x was written by Write, and two inspections of the same database give the same bytes.
//   - Column types are kept in the engine's own spelling (Column.Type) and interpreted into a
//     portable Type by ParseType, which knows PostgreSQL and MySQL/MariaDB type names; nothing in
//     this package builds SQL.
//   - The fingerprint covers structure only (tables, columns, types, nullability, defaults,
//     identity, generated expressions, keys), not the schema's name or the server version, so the
//     same structure under another name, or after a minor server upgrade, has the same fingerprint.
package schema
