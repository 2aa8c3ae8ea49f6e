package schema

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Kind is the portable family of a column type.
type Kind int

// Kinds of types. Every engine type maps to one of them; KindOther keeps types datamove does not
// interpret (they can still be copied as they are, but not checked for narrowing).
const (
	KindOther Kind = iota
	KindBool
	KindInt
	KindDecimal
	KindFloat
	KindText
	KindBytes
	KindDate
	KindTime
	KindTimestamp   // date and time without a zone (PostgreSQL timestamp, MySQL DATETIME)
	KindTimestampTZ // an instant (PostgreSQL timestamptz, MySQL TIMESTAMP, stored as UTC)
	KindJSON
	KindUUID
	KindEnum
)

var kindNames = [...]string{"other", "bool", "int", "decimal", "float", "text", "bytes", "date", "time",
	"timestamp", "timestamptz", "json", "uuid", "enum"}

func (k Kind) String() string { return kindNames[k] }

// Type is a column type interpreted into portable terms.
type Type struct {
	Kind      Kind
	Bits      int      // KindInt: 8, 16, 24, 32 or 64; KindFloat: 32 or 64
	Unsigned  bool     // KindInt, KindDecimal, KindFloat (MySQL UNSIGNED)
	Precision int      // KindDecimal: total digits, 0 when unbounded (PostgreSQL numeric)
	Scale     int      // KindDecimal: digits after the point
	Length    int      // KindText: characters; KindBytes: bytes; 0 when unbounded
	Fixed     bool     // KindText/KindBytes: blank-padded CHAR(n)/BINARY(n)
	FSP       int      // KindTime/KindTimestamp/KindTimestampTZ: fractional second digits (0–6)
	Values    []string // KindEnum: the allowed values in order
	Raw       string   // the engine's spelling the type was parsed from
}

func (t Type) String() string {
	switch t.Kind {
	case KindInt:
		s := fmt.Sprintf("int%d", t.Bits)
		if t.Unsigned {
			s += " unsigned"
		}
		return s
	case KindDecimal:
		if t.Precision == 0 {
			return "decimal"
		}
		return fmt.Sprintf("decimal(%d,%d)", t.Precision, t.Scale)
	case KindFloat:
		return fmt.Sprintf("float%d", t.Bits)
	case KindText:
		switch {
		case t.Length == 0:
			return "text"
		case t.Fixed:
			return fmt.Sprintf("char(%d)", t.Length)
		default:
			return fmt.Sprintf("varchar(%d)", t.Length)
		}
	case KindBytes:
		if t.Length == 0 {
			return "bytes"
		}
		return fmt.Sprintf("bytes(%d)", t.Length)
	case KindTime, KindTimestamp, KindTimestampTZ:
		if t.FSP > 0 {
			return fmt.Sprintf("%s(%d)", t.Kind, t.FSP)
		}
		return t.Kind.String()
	case KindEnum:
		return "enum(" + strings.Join(t.Values, ",") + ")"
	case KindOther:
		return t.Raw
	}
	return t.Kind.String()
}

// IntRange returns the smallest and largest value of an integer type as decimal strings.
func (t Type) IntRange() (lo, hi string) {
	if t.Unsigned {
		return "0", strconv.FormatUint(1<<uint(t.Bits)-1, 10)
	}
	if t.Bits == 64 {
		return "-9223372036854775808", "9223372036854775807"
	}
	return strconv.FormatInt(-(1 << uint(t.Bits-1)), 10), strconv.FormatInt(1<<uint(t.Bits-1)-1, 10)
}

var typeRe = regexp.MustCompile(`^([a-z][a-z0-9 _]*?)\s*(?:\(([^)]*)\))?\s*(unsigned)?\s*(zerofill)?\s*(?:\[\])?$`)

// ParseType interprets a column type in the given dialect's spelling. It never fails: a type it
// does not know comes back as KindOther with Raw set.
func ParseType(dialect, raw string) Type {
	s := strings.ToLower(strings.TrimSpace(raw))
	t := Type{Raw: raw}
	if strings.HasSuffix(s, "[]") { // PostgreSQL arrays are not interpreted
		return t
	}
	if Family(dialect) == MySQL && (strings.HasPrefix(s, "enum(") || strings.HasPrefix(s, "set(")) {
		if strings.HasPrefix(s, "enum(") {
			t.Kind = KindEnum
			t.Values = parseEnumValues(raw[strings.Index(raw, "(")+1 : strings.LastIndex(raw, ")")])
		}
		return t
	}
	// PostgreSQL spells zones and precision inside the name: "timestamp(3) without time zone".
	withZone := strings.Contains(s, "with time zone")
	s = strings.Replace(s, " without time zone", "", 1)
	s = strings.Replace(s, " with time zone", "", 1)
	m := typeRe.FindStringSubmatch(s)
	if m == nil {
		return t
	}
	name, args, unsigned := m[1], splitArgs(m[2]), m[3] != ""
	t.Unsigned = unsigned
	arg := func(i int) int {
		if i < len(args) {
			n, _ := strconv.Atoi(args[i])
			return n
		}
		return 0
	}
	if Family(dialect) == MySQL {
		parseMySQL(&t, name, args, arg, unsigned)
	} else {
		parsePostgres(&t, name, args, arg, withZone)
	}
	return t
}

func parsePostgres(t *Type, name string, args []string, arg func(int) int, withZone bool) {
	switch name {
	case "boolean", "bool":
		t.Kind = KindBool
	case "smallint", "int2", "smallserial":
		t.Kind, t.Bits = KindInt, 16
	case "integer", "int", "int4", "serial":
		t.Kind, t.Bits = KindInt, 32
	case "bigint", "int8", "bigserial":
		t.Kind, t.Bits = KindInt, 64
	case "numeric", "decimal":
		t.Kind, t.Precision, t.Scale = KindDecimal, arg(0), arg(1)
	case "real", "float4":
		t.Kind, t.Bits = KindFloat, 32
	case "double precision", "float8":
		t.Kind, t.Bits = KindFloat, 64
	case "character varying", "varchar":
		t.Kind, t.Length = KindText, arg(0)
	case "character", "char", "bpchar":
		t.Kind, t.Length, t.Fixed = KindText, arg(0), true
		if t.Length == 0 && name != "bpchar" {
			t.Length = 1
		}
	case "text", "citext", "name":
		t.Kind = KindText
	case "bytea":
		t.Kind = KindBytes
	case "date":
		t.Kind = KindDate
	case "time", "timetz":
		t.Kind, t.FSP = KindTime, fsp(args, 6)
	case "timestamp":
		t.Kind, t.FSP = KindTimestamp, fsp(args, 6)
		if withZone {
			t.Kind = KindTimestampTZ
		}
	case "timestamptz":
		t.Kind, t.FSP = KindTimestampTZ, fsp(args, 6)
	case "json", "jsonb":
		t.Kind = KindJSON
	case "uuid":
		t.Kind = KindUUID
	}
	if name == "time" && withZone || name == "timetz" {
		*t = Type{Raw: t.Raw} // time with time zone has no portable meaning
	}
}

func parseMySQL(t *Type, name string, args []string, arg func(int) int, unsigned bool) {
	switch name {
	case "tinyint":
		t.Kind, t.Bits = KindInt, 8
		if arg(0) == 1 && !unsigned {
			t.Kind, t.Bits = KindBool, 0 // MySQL's BOOLEAN is tinyint(1)
		}
	case "bool", "boolean":
		t.Kind = KindBool
	case "smallint":
		t.Kind, t.Bits = KindInt, 16
	case "mediumint":
		t.Kind, t.Bits = KindInt, 24
	case "int", "integer":
		t.Kind, t.Bits = KindInt, 32
	case "bigint":
		t.Kind, t.Bits = KindInt, 64
	case "decimal", "numeric", "dec", "fixed":
		t.Kind, t.Precision, t.Scale = KindDecimal, arg(0), arg(1)
		if len(args) == 0 {
			t.Precision = 10
		}
	case "float":
		t.Kind, t.Bits = KindFloat, 32
	case "double", "double precision", "real":
		t.Kind, t.Bits = KindFloat, 64
	case "varchar", "character varying", "nvarchar":
		t.Kind, t.Length = KindText, arg(0)
	case "char", "character", "nchar":
		t.Kind, t.Length, t.Fixed = KindText, max(arg(0), 1), true
	case "tinytext":
		t.Kind, t.Length = KindText, 255
	case "text", "mediumtext", "longtext":
		t.Kind = KindText
	case "varbinary":
		t.Kind, t.Length = KindBytes, arg(0)
	case "binary":
		t.Kind, t.Length, t.Fixed = KindBytes, max(arg(0), 1), true
	case "tinyblob", "blob", "mediumblob", "longblob":
		t.Kind = KindBytes
	case "date":
		t.Kind = KindDate
	case "time":
		t.Kind, t.FSP = KindTime, fsp(args, 0)
	case "datetime":
		t.Kind, t.FSP = KindTimestamp, fsp(args, 0)
	case "timestamp":
		t.Kind, t.FSP = KindTimestampTZ, fsp(args, 0)
	case "json":
		t.Kind = KindJSON
	case "uuid": // MariaDB 10.7+
		t.Kind = KindUUID
	}
}

func fsp(args []string, def int) int {
	if len(args) == 0 {
		return def
	}
	n, err := strconv.Atoi(args[0])
	if err != nil {
		return def
	}
	return n
}

func splitArgs(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// parseEnumValues splits MySQL's quoted enum list into its values; a doubled quote stands for one.
func parseEnumValues(s string) []string {
	var vals []string
	var cur strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case !in && c == '\'':
			in = true
			cur.Reset()
		case in && c == '\'' && i+1 < len(s) && s[i+1] == '\'':
			cur.WriteByte('\'')
			i++
		case in && c == '\'':
			in = false
			vals = append(vals, cur.String())
		case in:
			cur.WriteByte(c)
		}
	}
	return vals
}
