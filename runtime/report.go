package runtime

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// JSON is the report for machines.
func (r *Report) JSON() []byte {
	b, _ := json.MarshalIndent(r, "", "  ")
	return append(b, '\n')
}

// Markdown is the report for people: the sign-off document.
func (r *Report) Markdown() string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# Verification of %s\n\n", r.Migration)
	w("| | |\n|---|---|\n")
	w("| Verdict | **%s** |\n", strings.ToUpper(r.Verdict))
	w("| Plan id | `%s` |\n", r.PlanID)
	var names []string
	for n := range r.Params {
		names = append(names, n)
	}
	sort.Strings(names)
	var ps []string
	for _, n := range names {
		ps = append(ps, fmt.Sprintf("`%s` = `%s`", n, r.Params[n]))
	}
	if len(ps) == 0 {
		ps = []string{"none"}
	}
	w("| Parameters | %s (hash `%s`) |\n", strings.Join(ps, ", "), short(r.ParamsHash))
	w("| Source → target | %s → %s |\n", r.Source, r.Target)
	if r.Scope != "" {
		w("| Scope | **%s** |\n", cell(r.Scope))
	}
	w("| Run | `%s` (%s), %s UTC, %s |\n", r.RunID, r.Action, r.StartedAt.Format(time.DateTime), r.FinishedAt.Sub(r.StartedAt).Round(time.Millisecond))
	w("\n## Checks\n\n| check | kind | verdict | source | target | detail | duration |\n|---|---|---|---|---|---|---|\n")
	for _, c := range r.Checks {
		verdict := verdictCell(c.Verdict)
		if c.Superseded {
			verdict = c.Verdict + " (before repair)"
		}
		w("| %s | %s | %s | %s | %s | %s | %s |\n", cell(c.Name), c.Kind, verdict, cell(c.Source), cell(c.Target),
			cell(c.Detail), c.Duration.Round(time.Millisecond))
	}
	for _, c := range r.Checks {
		if len(c.Rows) == 0 {
			continue
		}
		w("\n### %s: %d differing rows", c.Name, c.RowsTotal)
		if c.RowsTotal > len(c.Rows) {
			w(" (the first %d listed)", len(c.Rows))
		}
		w("\n\n| key | verdict | column | source | target |\n|---|---|---|---|---|\n")
		for _, d := range c.Rows {
			if len(d.Columns) == 0 {
				w("| %s | %s | | | |\n", cell(d.Key), d.Kind)
				continue
			}
			for i, col := range d.Columns {
				key, kind := cell(d.Key), d.Kind
				if i > 0 {
					key, kind = "", ""
				}
				w("| %s | %s | %s | %s | %s |\n", key, kind, cell(col.Column), cell(col.Source), cell(col.Target))
			}
		}
	}
	if len(r.Repairs) > 0 {
		w("\n## Repairs\n\n| step | key range re-copied | extra rows deleted | detail |\n|---|---|---|---|\n")
		for _, rp := range r.Repairs {
			w("| %s | %s | %v | %s |\n", rp.Step, cell(rp.Range), rp.Deleted, cell(rp.Detail))
		}
	}
	w("\n## Normalisations applied\n\n")
	for _, n := range r.Normalisations {
		w("- %s\n", n)
	}
	w("\nVerdicts: **match**/**pass** count as passed; **missing in target**, **extra in target**, **differs**, **mismatch** and **fail** as failed; **unverifiable** (an error, a timeout, a check that could not run) never passes. Values of columns marked PII appear only as hashes.\n")
	return b.String()
}

func cell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", `\|`), "\n", " ")
}

func verdictCell(v string) string {
	switch v {
	case VerdictMatch, VerdictPass:
		return v
	}
	return "**" + v + "**"
}

// Summary is a few lines for a terminal.
func (r *Report) Summary() string {
	var b strings.Builder
	failed, unverif := 0, 0
	for _, c := range r.Checks {
		switch {
		case c.Superseded, c.Verdict == VerdictMatch, c.Verdict == VerdictPass:
		case c.Verdict == VerdictUnverifiable:
			unverif++
		default:
			failed++
		}
	}
	fmt.Fprintf(&b, "verify %s: %s — %d checks, %d failed, %d unverifiable, %s\n", r.RunID, strings.ToUpper(r.Verdict),
		len(r.Checks), failed, unverif, r.FinishedAt.Sub(r.StartedAt).Round(time.Millisecond))
	if r.Scope != "" {
		fmt.Fprintf(&b, "  scope: %s\n", r.Scope)
	}
	for _, c := range r.Checks {
		if c.Verdict == VerdictMatch || c.Verdict == VerdictPass {
			continue
		}
		verdict := c.Verdict
		if c.Superseded {
			verdict += " (repaired)"
		}
		fmt.Fprintf(&b, "  %-32s %-18s %s\n", c.Name, verdict, oneLine(firstNonEmpty(c.Detail, c.Source+" vs "+c.Target)))
		for i, d := range c.Rows {
			if i == 5 {
				fmt.Fprintf(&b, "    … %d more rows in the report\n", c.RowsTotal-5)
				break
			}
			var cols []string
			for _, col := range d.Columns {
				cols = append(cols, fmt.Sprintf("%s: %s → %s", col.Column, col.Source, col.Target))
			}
			fmt.Fprintf(&b, "    %s %s %s\n", d.Key, d.Kind, strings.Join(cols, "; "))
		}
	}
	for _, rp := range r.Repairs {
		fmt.Fprintf(&b, "  repaired %s %s %s\n", rp.Step, rp.Range, rp.Detail)
	}
	return b.String()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" && s != " vs " {
			return s
		}
	}
	return ""
}
