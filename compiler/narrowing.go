package compiler

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
	"github.com/datamove/datamove/sqlexpr"
)

// checkAssign reports a value that would not fit the target column, or would fit only by losing
// something silently: longer text, lost scale, integer overflow, a zone-less timestamp into an
// instant, incompatible kinds.
//
// With quarantine, a value the target would reject (text too long, an integer or decimal out of
// range) is no error: rows holding one go into the reject table (see rules). A value the target
// would change silently (lost scale, time of day, zone) still is.
func (c *compiler) checkAssign(r hcl.Range, e sqlexpr.Expr, tc *schema.Column, what string, sql *specs.SQL, quarantine bool) {
	src := e.TypeOf()
	dst := schema.ParseType(c.tgt.db.Dialect, tc.Type)
	if problem, fix := narrowing(src, dst); problem != "" && !(quarantine && rejectable(src, dst)) {
		desc := describe(src)
		if _, ok := e.(*sqlexpr.ColumnRef); ok && src.Raw != "" {
			desc = src.Raw // a source column: its type as the snapshot spells it
		}
		c.d.errorf(r, "Type narrowing into "+tc.Name, "%s is %s but target column %s is %s: %s. %s",
			capitalize(what), desc, tc.Name, tc.Type, problem, fix)
	}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func describe(t schema.Type) string {
	switch t.Kind {
	case schema.KindText:
		if t.Length == 0 {
			return "text of unbounded length"
		}
		return fmt.Sprintf("text of up to %d characters", t.Length)
	case schema.KindDecimal:
		if t.Precision == 0 {
			return "a decimal of unbounded scale"
		}
	}
	return t.String()
}

// narrowing returns what would be lost storing a src value in a dst column, and how to fix it.
func narrowing(src, dst schema.Type) (problem, fix string) {
	if src.Kind == schema.KindOther || dst.Kind == schema.KindOther {
		return "", ""
	}
	switch dst.Kind {
	case schema.KindText:
		switch src.Kind {
		case schema.KindText:
			if dst.Length > 0 && (src.Length == 0 || src.Length > dst.Length) {
				return "longer text would be cut or rejected",
					fmt.Sprintf("Cut it explicitly if that is intended: LEFT(…, %d); or widen the target column.", dst.Length)
			}
		case schema.KindInt:
			if dst.Length > 0 && dst.Length < len(intMin(src)) {
				return "the longest numbers do not fit", "Widen the target column."
			}
		case schema.KindEnum:
			longest := 0
			for _, v := range src.Values {
				longest = max(longest, len([]rune(v)))
			}
			if dst.Length > 0 && longest > dst.Length {
				return "the longest enum value does not fit", "Widen the target column."
			}
		case schema.KindBytes:
			return "bytes are not text", "Convert explicitly (for example with MD5 or a hex encoding) if that is intended."
		}
	case schema.KindInt:
		switch src.Kind {
		case schema.KindInt:
			if src.Unsigned && !dst.Unsigned && src.Bits >= dst.Bits || !src.Unsigned && dst.Unsigned ||
				src.Bits > dst.Bits {
				lo, hi := src.IntRange()
				dlo, dhi := dst.IntRange()
				return fmt.Sprintf("values from %s to %s do not all fit in %s to %s", lo, hi, dlo, dhi),
					"Widen the target column, or CAST after checking the range with an invariant."
			}
		case schema.KindDecimal:
			if src.Precision == 0 || src.Scale > 0 {
				return "the fraction would be rounded away", "Round explicitly: ROUND(…) or FLOOR(…), then the compiler knows it is meant."
			}
			if src.Precision > intDigits(dst)-1 {
				return fmt.Sprintf("values of %d digits can overflow", src.Precision), "Widen the target column."
			}
		case schema.KindFloat:
			return "a floating-point value would be rounded", "Round explicitly with ROUND(…)."
		case schema.KindBool:
		default:
			return "the kinds differ", "Convert explicitly with CAST."
		}
	case schema.KindDecimal:
		switch src.Kind {
		case schema.KindDecimal:
			if dst.Precision == 0 {
				return "", ""
			}
			if src.Precision == 0 || src.Scale > dst.Scale {
				return fmt.Sprintf("digits beyond %d decimal places would be rounded away", dst.Scale),
					fmt.Sprintf("Round explicitly: ROUND(…, %d).", dst.Scale)
			}
			// Precision 65 is "integer digits unknown" (ROUND of an unbounded value): not provable.
			if src.Precision < 65 && src.Precision-src.Scale > dst.Precision-dst.Scale {
				return fmt.Sprintf("values with %d integer digits do not fit in %d", src.Precision-src.Scale, dst.Precision-dst.Scale),
					"Widen the target column."
			}
		case schema.KindInt:
			if dst.Precision > 0 && intDigits(src) > dst.Precision-dst.Scale {
				return fmt.Sprintf("integers of up to %d digits do not fit in %d integer digits", intDigits(src), dst.Precision-dst.Scale),
					"Widen the target column."
			}
		case schema.KindFloat:
			return "a floating-point value would be rounded", fmt.Sprintf("Round explicitly: ROUND(…, %d).", dst.Scale)
		case schema.KindBool:
		default:
			return "the kinds differ", "Convert explicitly with CAST."
		}
	case schema.KindFloat:
		switch src.Kind {
		case schema.KindFloat:
			if src.Bits > dst.Bits {
				return "double precision would be rounded to single", "Widen the target column."
			}
		case schema.KindInt, schema.KindDecimal:
		default:
			return "the kinds differ", "Convert explicitly with CAST."
		}
	case schema.KindBool:
		if src.Kind != schema.KindBool {
			return "it is not a boolean", "Write a condition, for example (… <> 0)."
		}
	case schema.KindDate:
		switch src.Kind {
		case schema.KindDate:
		case schema.KindTimestamp, schema.KindTimestampTZ:
			return "the time of day would be dropped", "Take the date explicitly: DATE(…)."
		default:
			return "the kinds differ", "Convert explicitly with CAST(… AS DATE)."
		}
	case schema.KindTimestamp, schema.KindTimestampTZ:
		switch src.Kind {
		case schema.KindTimestamp:
			if dst.Kind == schema.KindTimestampTZ {
				return "a timestamp without a time zone would be read in the session's zone (UTC) without saying so",
					"Say which zone it is in: CONVERT_TZ(…, 'Europe/Paris', 'UTC')."
			}
			if src.FSP > dst.FSP {
				return fmt.Sprintf("fractional seconds beyond %d digits would be rounded", dst.FSP), "Widen the target column's precision."
			}
		case schema.KindTimestampTZ:
			if src.FSP > dst.FSP {
				return fmt.Sprintf("fractional seconds beyond %d digits would be rounded", dst.FSP), "Widen the target column's precision."
			}
		case schema.KindDate:
		default:
			return "the kinds differ", "Convert explicitly with CAST(… AS DATETIME)."
		}
	case schema.KindTime:
		if src.Kind != schema.KindTime {
			return "the kinds differ", "Convert explicitly with CAST(… AS TIME)."
		}
		if src.FSP > dst.FSP {
			return fmt.Sprintf("fractional seconds beyond %d digits would be rounded", dst.FSP), "Widen the target column's precision."
		}
	case schema.KindJSON:
		if src.Kind != schema.KindJSON && src.Kind != schema.KindText {
			return "the kinds differ", "Convert explicitly with CAST(… AS JSON)."
		}
	case schema.KindUUID:
		if src.Kind != schema.KindUUID && src.Kind != schema.KindText {
			return "the kinds differ", "Map a UUID or its text."
		}
	case schema.KindBytes:
		if src.Kind != schema.KindBytes {
			return "the kinds differ", "Convert explicitly with CAST(… AS BINARY)."
		}
		if dst.Length > 0 && (src.Length == 0 || src.Length > dst.Length) {
			return "longer values would be rejected", "Widen the target column."
		}
	}
	return "", ""
}

func intMin(t schema.Type) string {
	lo, hi := t.IntRange()
	if len(lo) > len(hi) {
		return lo
	}
	return hi
}

// typeChange describes a type change between two engine spellings, "" when there is none.
func typeChange(from, to string) string {
	if from == to {
		return ""
	}
	return from + " → " + to
}

// typeChangeOf describes the type change of a computed value: only a change of kind is worth a
// reviewer's attention (an expression has no declared type of its own).
func typeChangeOf(from schema.Type, to, dialect string) string {
	dst := schema.ParseType(dialect, to)
	if from.Kind == schema.KindOther || from.Kind == dst.Kind ||
		from.Kind == schema.KindTimestampTZ && dst.Kind == schema.KindTimestamp ||
		from.Kind == schema.KindTimestamp && dst.Kind == schema.KindTimestampTZ {
		return ""
	}
	return from.Kind.String() + " → " + to
}
