package compiler

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/specs"
)

type diags struct{ list hcl.Diagnostics }

func (d *diags) errorf(r hcl.Range, summary, format string, args ...any) {
	rr := r
	d.list = append(d.list, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary,
		Detail: fmt.Sprintf(format, args...), Subject: &rr})
}

func (d *diags) warnf(r hcl.Range, summary, format string, args ...any) {
	rr := r
	d.list = append(d.list, &hcl.Diagnostic{Severity: hcl.DiagWarning, Summary: summary,
		Detail: fmt.Sprintf(format, args...), Subject: &rr})
}

// sqlErrorf reports a problem at byte offset off (n bytes long) inside a spec SQL string.
func (d *diags) sqlErrorf(s *specs.SQL, off, n int, summary, format string, args ...any) {
	d.errorf(s.RangeAt(off, n), summary, format, args...)
}

func (d *diags) sqlWarnf(s *specs.SQL, off, n int, summary, format string, args ...any) {
	d.warnf(s.RangeAt(off, n), summary, format, args...)
}

func (d *diags) hasErrors() bool { return d.list.HasErrors() }

// errorCount counts the errors so far, so a check can tell whether a part it depends on failed.
func (d *diags) errorCount() int {
	n := 0
	for _, dg := range d.list {
		if dg.Severity == hcl.DiagError {
			n++
		}
	}
	return n
}

func didYouMean(s string, candidates []string) string {
	if b := specs.Suggest(s, candidates); b != "" {
		return fmt.Sprintf(" Did you mean %q?", b)
	}
	return ""
}
