package sqlexpr

import (
	"strings"
	"testing"
)

func TestParseExprErrorsAreAtTheRightOffset(t *testing.T) {
	cases := []struct {
		src     string
		wantOff int
		want    string
	}{
		{"LOWER(email) +", 14, "syntax error"},
		{"a = = 3", 4, "syntax error"},
		{"order + 1", 0, "reserved word"},
		{"x = ?", 4, "positional parameter"},
		{"a REGEXP 'x'", 0, "REGEXP"},
		{"'>>' >> 2", 5, "operator >>"},
		{"", 0, "empty expression"},
		{"a, b", 0, "not a single expression"},
	}
	for _, c := range cases {
		_, errs := ParseExpr(c.src)
		if len(errs) == 0 {
			t.Errorf("%q: no error", c.src)
			continue
		}
		e := errs[0]
		if e.Offset != c.wantOff || !strings.Contains(strings.ToLower(e.Summary+" "+e.Detail), strings.ToLower(c.want)) {
			t.Errorf("%q: got offset %d, %q %q; want offset %d mentioning %q", c.src, e.Offset, e.Summary, e.Detail, c.wantOff, c.want)
		}
	}
}

func TestParseExprTree(t *testing.T) {
	e, errs := ParseExpr(`COALESCE(LOWER(TRIM("Email")), 'n/a') || @suffix`)
	if errs != nil {
		t.Fatal(errs[0])
	}
	f, ok := e.(*Func)
	if !ok || f.Name != "CONCAT" || len(f.Args) != 2 {
		t.Fatalf("got %#v", e)
	}
	if p, ok := f.Args[1].(*Param); !ok || p.Name != "suffix" {
		t.Errorf("second arg %#v", f.Args[1])
	}
	cols := Columns(e)
	if len(cols) != 1 || cols[0].Name != "Email" || cols[0].Pos() != 20 {
		t.Errorf("columns %#v", cols)
	}
	lit, _ := ParseExpr("TRUE")
	if l := lit.(*Literal); l.Kind != LitBool || l.Value != "true" {
		t.Errorf("TRUE parsed as %#v", l)
	}
	neg, _ := ParseExpr("-9223372036854775808")
	if l := neg.(*Literal); l.Kind != LitInt || l.Value != "-9223372036854775808" {
		t.Errorf("min int64 parsed as %#v", l)
	}
	star, _ := ParseSelect("SELECT COUNT(*), COUNT(x) FROM t")
	if f := star.Fields[0].Expr.(*Func); !f.Star {
		t.Errorf("COUNT(*) lost its star: %#v", f)
	}
	if f := star.Fields[1].Expr.(*Func); f.Star || len(f.Args) != 1 {
		t.Errorf("COUNT(x) parsed as %#v", f)
	}
}

func TestReservedWordHint(t *testing.T) {
	_, errs := ParseExpr("order + 1")
	if len(errs) != 1 || !strings.Contains(errs[0].Detail, "quote it as `order`") {
		t.Errorf("order + 1: %v", errs)
	}
	_, errs = ParseExpr("a = 1 AND AND b = 2")
	if len(errs) != 1 || errs[0].Offset != 10 || strings.Contains(errs[0].Detail, "reserved") {
		t.Errorf("a misplaced AND is not a column named AND: %v", errs)
	}
}

func TestIdentLen(t *testing.T) {
	src := `x + s."Order Id" * 2`
	if n := IdentLen(src, 0); n != 1 {
		t.Errorf("x: %d", n)
	}
	if n := IdentLen(src, 4); n != len(`s."Order Id"`) {
		t.Errorf(`s."Order Id": %d`, n)
	}
}
