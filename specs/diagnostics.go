package specs

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// WriteDiagnostics prints diagnostics for people and for CI at once: a first line
// "file:line:col: error: summary" that editors and CI annotate, the source line with the range
// underlined, and the detail saying how to fix it. It ends with a count.
func WriteDiagnostics(w io.Writer, files map[string]*hcl.File, ds hcl.Diagnostics) {
	sorted := append(hcl.Diagnostics(nil), ds...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].Subject, sorted[j].Subject
		switch {
		case a == nil || b == nil:
			return a == nil && b != nil
		case a.Filename != b.Filename:
			return a.Filename < b.Filename
		}
		return a.Start.Byte < b.Start.Byte
	})
	errs, warns := 0, 0
	for _, d := range sorted {
		sev := "error"
		if d.Severity == hcl.DiagWarning {
			sev = "warning"
			warns++
		} else {
			errs++
		}
		if d.Subject == nil {
			fmt.Fprintf(w, "%s: %s\n", sev, d.Summary)
		} else {
			fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, sev, d.Summary)
			snippet(w, files, *d.Subject)
		}
		if d.Detail != "" {
			for _, line := range wrapText(d.Detail, 100) {
				fmt.Fprintf(w, "  %s\n", line)
			}
		}
		fmt.Fprintln(w)
	}
	var parts []string
	if errs > 0 {
		parts = append(parts, Plural(errs, "error"))
	}
	if warns > 0 {
		parts = append(parts, Plural(warns, "warning"))
	}
	if len(parts) > 0 {
		fmt.Fprintln(w, strings.Join(parts, ", "))
	}
}

func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func snippet(w io.Writer, files map[string]*hcl.File, r hcl.Range) {
	f := files[r.Filename]
	if f == nil {
		return
	}
	sc := bufio.NewScanner(bytes.NewReader(f.Bytes))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n != r.Start.Line {
			continue
		}
		line := strings.ReplaceAll(sc.Text(), "\t", " ")
		gutter := fmt.Sprintf("%5d | ", n)
		fmt.Fprintf(w, "%s%s\n", gutter, line)
		start := max(r.Start.Column-1, 0)
		end := r.End.Column - 1
		if r.End.Line != r.Start.Line {
			end = utf8.RuneCountInString(line)
		}
		end = max(end, start+1)
		fmt.Fprintf(w, "%s%s%s\n", strings.Repeat(" ", 5)+" | ", strings.Repeat(" ", start), strings.Repeat("^", end-start))
		return
	}
}

func wrapText(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
