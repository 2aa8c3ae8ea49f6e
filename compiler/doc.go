// Package compiler turns a decoded spec and its schema snapshots into a checked, dialect-neutral
// plan (package ir) and renders it through the dialects into plan files (package plan).
//
// Contract:
//   - Compile checks everything before it renders anything, and reports every problem at once as
//     hcl.Diagnostics with the spec's file:line:col (inside SQL strings too) and a sentence on how
//     to fix it. When it reports an error it returns no plan, so nothing half-made is written.
//   - Warnings do not stop a compile; they are returned with the plan.
//   - The output is a pure function of the spec files and snapshots: compiling twice gives the
//     same bytes.
package compiler
