package compiler

import (
	"strings"

	"github.com/datamove/datamove/schema"
)

// overrideColumns lists the columns of t that a per-dialect override names. Overrides are used
// verbatim and never parsed, but the batch must still carry the source columns they read (the
// raw read selects only the columns the mappings use), and a column an override reads is
// accounted for. The scan is conservative: every identifier outside string literals that names a
// column counts, quoted ("x", `x`) exactly, bare ones case-insensitively as both engines resolve
// them; a bare word followed by ( is a function call.
func overrideColumns(text string, t *schema.Table) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string, exact bool) {
		col := t.Column(name)
		if col == nil && !exact {
			for _, c := range t.Columns {
				if strings.EqualFold(c.Name, name) {
					col = c
					break
				}
			}
		}
		if col != nil && !seen[col.Name] {
			seen[col.Name] = true
			out = append(out, col.Name)
		}
	}
	isWord := func(c byte) bool {
		return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	for i := 0; i < len(text); {
		switch c := text[i]; {
		case c == '\'' || c == '"' || c == '`':
			// a string literal or a quoted identifier; a doubled quote stands for one
			var name strings.Builder
			j := i + 1
			for j < len(text) {
				if text[j] == c {
					if j+1 < len(text) && text[j+1] == c {
						name.WriteByte(c)
						j += 2
						continue
					}
					break
				}
				name.WriteByte(text[j])
				j++
			}
			if c != '\'' {
				add(name.String(), true)
			}
			i = j + 1
		case isWord(c) && !(c >= '0' && c <= '9'):
			j := i
			for j < len(text) && isWord(text[j]) {
				j++
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n') {
				k++
			}
			if k >= len(text) || text[k] != '(' {
				add(text[i:j], false)
			}
			i = j
		case c >= '0' && c <= '9':
			for i < len(text) && isWord(text[i]) {
				i++
			}
		default:
			i++
		}
	}
	return out
}
