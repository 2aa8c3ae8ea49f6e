package compiler

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/datamove/datamove/ir"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/sqlexpr"
)

// rejectable reports whether storing a src value in a dst column can fail only by the target
// refusing the row (text too long, a number out of range), which a quarantine rule can foresee;
// a narrowing that changes the value silently (lost scale, dropped time of day) is not.
func rejectable(src, dst schema.Type) bool {
	switch dst.Kind {
	case schema.KindText:
		return src.Kind == schema.KindText && dst.Length > 0
	case schema.KindInt:
		return src.Kind == schema.KindInt || src.Kind == schema.KindDecimal && src.Precision > 0 && src.Scale == 0
	case schema.KindDecimal:
		return dst.Precision > 0 && (src.Kind == schema.KindInt ||
			src.Kind == schema.KindDecimal && src.Precision > 0 && src.Scale <= dst.Scale)
	}
	return false
}

// rules lists the quarantine rules of a step: for each mapped column, the conditions under which
// the target would refuse the row, as far as the snapshots tell. Each condition is never NULL.
func (c *compiler) rules(st *ir.Step, srcT, tgtT *schema.Table) []*ir.Rule {
	boolT := schema.Type{Kind: schema.KindBool}
	isNull := func(e sqlexpr.Expr, not bool) sqlexpr.Expr {
		n := &sqlexpr.IsNull{X: e, Not: not}
		n.SetType(boolT)
		return n
	}
	isTrue := func(e sqlexpr.Expr) sqlexpr.Expr {
		n := &sqlexpr.IsBool{X: e, Value: true}
		n.SetType(boolT)
		return n
	}
	var out []*ir.Rule
	for _, m := range st.Mappings {
		tc := tgtT.Column(m.Target)
		if tc == nil {
			continue
		}
		keymapRemap := m.TargetBack != nil && m.Legacy != nil
		// NULL into a NOT NULL column: an explicit NULL is refused even where the column has a
		// default. A remapped key tests the source value; a missing parent is a rule of its own.
		if !tc.Nullable {
			q := &ir.Rule{Reason: tc.Name + ": NULL into a NOT NULL column"}
			switch {
			case keymapRemap:
				if mayBeNull(m.Legacy, srcT) {
					q.Pred = isNull(m.Legacy, false)
				}
			case len(m.Overrides) > 0:
				q.Pred, q.Mapping = isNull(m.Expr, false), m
			case mayBeNull(m.Expr, srcT):
				q.Pred = isNull(m.Expr, false)
			}
			if q.Pred != nil {
				out = append(out, q)
			}
		}
		if keymapRemap {
			and := binary("AND", isNull(m.Expr, false), isNull(m.Legacy, true), boolT)
			out = append(out, &ir.Rule{Pred: and, Reason: fmt.Sprintf("%s: parent key not in %s", tc.Name, m.TargetBack.Table.Name)})
			continue
		}
		if len(m.Overrides) > 0 {
			continue // an override's type is unknown: only its NULLs are foreseen
		}
		v, dst := m.Expr, m.TargetType
		src := v.TypeOf()
		switch {
		case dst.Kind == schema.KindText && dst.Length > 0 && src.Kind == schema.KindText && (src.Length == 0 || src.Length > dst.Length):
			// Characters, not bytes; trailing spaces count (an engine may trim them silently instead).
			n := &sqlexpr.Func{Name: "CHAR_LENGTH", Args: []sqlexpr.Expr{v}}
			n.SetType(schema.Type{Kind: schema.KindInt, Bits: 64})
			out = append(out, &ir.Rule{
				Pred:   isTrue(binary(">", n, intLit(strconv.Itoa(dst.Length)), boolT)),
				Reason: fmt.Sprintf("%s: longer than %d characters", tc.Name, dst.Length)})
		case dst.Kind == schema.KindDecimal && dst.Precision > 0 && decimalOverflows(src, dst):
			x := v
			if src.Kind == schema.KindDecimal && (src.Precision == 0 || src.Scale > dst.Scale) {
				// The engine rounds to the column's scale before it checks the digits.
				r := &sqlexpr.Func{Name: "ROUND", Args: []sqlexpr.Expr{v, intLit(strconv.Itoa(dst.Scale))}}
				r.SetType(schema.Type{Kind: schema.KindDecimal, Precision: 65, Scale: dst.Scale})
				x = r
			}
			top := largestDecimal(dst.Precision, dst.Scale)
			out = append(out, &ir.Rule{
				Pred:   isTrue(between(x, decLit("-"+top), decLit(top))),
				Reason: fmt.Sprintf("%s: more than %d digits before the decimal point", tc.Name, dst.Precision-dst.Scale)})
		case dst.Kind == schema.KindInt && intOverflows(src, dst):
			lo, hi := dst.IntRange()
			out = append(out, &ir.Rule{
				Pred:   isTrue(between(v, intLit(lo), intLit(hi))),
				Reason: fmt.Sprintf("%s: outside %s..%s", tc.Name, lo, hi)})
		}
	}
	return out
}

// decimalOverflows reports whether a src value can have more integer digits than a dst decimal.
func decimalOverflows(src, dst schema.Type) bool {
	room := dst.Precision - dst.Scale
	switch src.Kind {
	case schema.KindInt:
		return intDigits(src) > room
	case schema.KindDecimal:
		// Precision 65 is "integer digits unknown" (ROUND of an unbounded value).
		return src.Precision == 0 || src.Precision >= 65 || src.Precision-src.Scale > room
	}
	return false
}

// intOverflows reports whether a src value can fall outside a dst integer's range.
func intOverflows(src, dst schema.Type) bool {
	switch src.Kind {
	case schema.KindInt:
		return src.Unsigned && !dst.Unsigned && src.Bits >= dst.Bits || !src.Unsigned && dst.Unsigned || src.Bits > dst.Bits
	case schema.KindDecimal:
		return src.Scale == 0 && (src.Precision == 0 || src.Precision > intDigits(dst)-1)
	}
	return false
}

// largestDecimal is the largest value of decimal(p,s): 999.99 for (5,2).
func largestDecimal(p, s int) string {
	whole := strings.Repeat("9", p-s)
	if whole == "" {
		whole = "0"
	}
	if s == 0 {
		return whole
	}
	return whole + "." + strings.Repeat("9", s)
}

// between is "x NOT BETWEEN lo AND hi": true when x is outside, NULL when x is NULL.
func between(x, lo, hi sqlexpr.Expr) sqlexpr.Expr {
	b := &sqlexpr.Between{X: x, Lo: lo, Hi: hi, Not: true}
	b.SetType(schema.Type{Kind: schema.KindBool})
	return b
}

func intLit(v string) sqlexpr.Expr {
	l := &sqlexpr.Literal{Kind: sqlexpr.LitInt, Value: v}
	l.SetType(schema.Type{Kind: schema.KindInt, Bits: 64})
	return l
}

func decLit(v string) sqlexpr.Expr {
	l := &sqlexpr.Literal{Kind: sqlexpr.LitDecimal, Value: v}
	digits := strings.TrimPrefix(v, "-")
	scale := 0
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		scale = len(digits) - i - 1
	}
	l.SetType(schema.Type{Kind: schema.KindDecimal, Precision: len(strings.Replace(digits, ".", "", 1)), Scale: scale})
	return l
}

// mayBeNull reports whether a mapped value can be NULL, as far as the source snapshot tells:
// false for a NOT NULL source column, a literal, a parameter (the runtime binds a value), and
// functions without arguments (NOW(), UUID()), and COALESCE, arithmetic and functions that give
// NULL only for a NULL argument, over such values.
func mayBeNull(e sqlexpr.Expr, src *schema.Table) bool {
	switch n := e.(type) {
	case *sqlexpr.ColumnRef:
		if n.Table != ir.AliasBatch {
			return true // a key map's column: NULL when the parent is missing
		}
		if n.Name == ir.DeletedCol {
			return false
		}
		col := src.Column(n.Name)
		return col == nil || col.Nullable
	case *sqlexpr.Literal:
		return n.Kind == sqlexpr.LitNull
	case *sqlexpr.Param:
		return false
	case *sqlexpr.Func:
		if len(n.Args) == 0 && !n.Star {
			return false // NOW(), UUID(), RAND(): always a value
		}
		switch n.Name {
		case "COALESCE", "IFNULL":
			for _, a := range n.Args {
				if !mayBeNull(a, src) {
					return false
				}
			}
		case "LOWER", "UPPER", "TRIM", "LTRIM", "RTRIM", "ROUND", "FLOOR", "CEIL", "ABS", "CHAR_LENGTH", "LENGTH",
			"MD5", "LEFT", "RIGHT", "REPLACE", "CONCAT":
			// NULL only when an argument is.
			for _, a := range n.Args {
				if mayBeNull(a, src) {
					return true
				}
			}
			return false
		}
		return true
	case *sqlexpr.Binary:
		switch n.Op {
		case "+", "-", "*":
			return mayBeNull(n.L, src) || mayBeNull(n.R, src)
		}
	}
	return true
}
