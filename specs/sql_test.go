package specs

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// sqlAttr decodes the attribute sql, at the top level of an HCL file or in its first block, as
// the spec decoder does.
func sqlAttr(t *testing.T, src string) *SQL {
	t.Helper()
	f, diags := hclsyntax.ParseConfig([]byte(src), "spec.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	body := f.Body.(*hclsyntax.Body)
	if len(body.Blocks) > 0 {
		body = body.Blocks[0].Body
	}
	a := body.Attributes["sql"]
	if a == nil {
		t.Fatal("no attribute sql")
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	return newSQL(v.AsString(), a.Expr, []byte(src))
}

// TestSQLPositions checks that an offset of the decoded SQL text maps back to the line and column
// where it is written in the spec: after escapes in a quoted string (each of which is one decoded
// character or several bytes), and inside heredocs whose indentation <<- strips.
func TestSQLPositions(t *testing.T) {
	type probe struct {
		find      string // first occurrence in the decoded text
		line, col int
	}
	cases := []struct {
		name, src, text string
		probes          []probe
	}{
		{
			name: "quoted with escapes",
			src:  `sql = "CONCAT(\"name\",\n  '-' ,, email)"` + "\n",
			text: "CONCAT(\"name\",\n  '-' ,, email)",
			probes: []probe{
				{"CONCAT", 1, 8},
				{`"name`, 1, 15}, // the decoded " is written as \"
				{`name"`, 1, 17},
				{`",`, 1, 21},
				{"\n", 1, 24}, // the decoded newline is written as \n
				{"'-'", 1, 28},
				{",,", 1, 32},
				{"email", 1, 35},
			},
		},
		{
			name: "quoted with a backslash, a tab and non-ASCII text",
			src:  `sql = "REPLACE(x, '\\', 'ü\t') || \u00e9t\u00C9 || y"` + "\n",
			text: "REPLACE(x, '\\', 'ü\t') || étÉ || y",
			probes: []probe{
				{"x", 1, 16},
				{`\`, 1, 20},
				{"ü", 1, 26},
				{"\t", 1, 27}, // columns count characters, not bytes
				{"é", 1, 35},
				{"t", 1, 41},
				{"É", 1, 42},
				{"y", 1, 52},
			},
		},
		{
			name: "template escapes",
			src:  `sql = "'$${x}' = y"` + "\n",
			text: "'${x}' = y",
			probes: []probe{
				{"$", 1, 9}, // $$ is one decoded $
				{"{", 1, 11},
				{"y", 1, 18},
			},
		},
		{
			name: "indented heredoc",
			src: "table {\n" +
				"  sql = <<-EOT\n" +
				"    a = 1\n" +
				"\n" +
				"      AND AND b\n" +
				"    EOT\n" +
				"}\n",
			text: "a = 1\n\n  AND AND b\n",
			probes: []probe{
				{"a", 3, 5},
				{"1", 3, 9},
				{"\n\n", 3, 10},
				{"  AND", 5, 5}, // the indentation kept relative to the least indented line
				{"AND AND", 5, 7},
				{"AND b", 5, 11},
				{"b", 5, 15},
			},
		},
		{
			name: "plain heredoc",
			src:  "sql = <<EOT\n  x IN (1,\n 2)\nEOT\n",
			text: "  x IN (1,\n 2)\n",
			probes: []probe{
				{"x", 2, 3},
				{"2", 3, 2},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := sqlAttr(t, c.src)
			if s.Text != c.text {
				t.Fatalf("decoded %q, want %q", s.Text, c.text)
			}
			for _, p := range c.probes {
				off := strings.Index(s.Text, p.find)
				if off < 0 {
					t.Fatalf("%q not in %q", p.find, s.Text)
				}
				if got := s.Pos(off); got.Line != p.line || got.Column != p.col {
					t.Errorf("%q at offset %d: got %d:%d, want %d:%d", p.find, off, got.Line, got.Column, p.line, p.col)
				}
			}
			// Every offset maps inside the value, to a byte that agrees with its line and column.
			for off := range len(s.Text) + 1 {
				p := s.Pos(off)
				line, col := lineCol(c.src, p.Byte)
				if p.Byte < s.Range.Start.Byte || p.Byte > s.Range.End.Byte || line != p.Line || col != p.Column {
					t.Errorf("offset %d maps to %d:%d byte %d (%d:%d), value %s", off, p.Line, p.Column, p.Byte, line, col, s.Range)
				}
			}
			if r := s.RangeAt(0, len(s.Text)); r.Start != s.Pos(0) || r.End != s.Pos(len(s.Text)) {
				t.Errorf("RangeAt of the whole text is %v", r)
			}
		})
	}
}

// lineCol is the line and column (in characters) of byte b of src.
func lineCol(src string, b int) (line, col int) {
	before := src[:b]
	nl := strings.LastIndexByte(before, '\n')
	return strings.Count(before, "\n") + 1, utf8.RuneCountInString(before[nl+1:]) + 1
}
