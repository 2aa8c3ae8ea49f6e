// Package specs is datamove's spec language: the HCL blocks a DBA writes, decoded into typed Go
// values that keep their source ranges, and the canonical formatting of spec files.
//
// Contract:
//   - Load reads every *.hcl file directly inside a folder as one spec (like a Terraform module;
//     sub-folders such as schemas/ are not read) and returns every problem it finds as
//     hcl.Diagnostics with a Subject range, never stopping at the first.
//   - SQL text stays text here: a *SQL value knows where each of its bytes sits in the spec file
//     (SQL.Pos), so the compiler can report a problem inside an expression at its line and column.
//   - The package knows nothing of SQL dialects or schemas; checking references and meaning is the
//     compiler's work.
package specs
