package runtime

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/datamove/datamove/plan"
)

// Position is a keyset position: one value per key column, nil when a range has no bound.
type Position []any

// normalize turns a driver's value into a plain Go value that binds on both engines and has one
// JSON form: integers as int64, decimals as their text, times in UTC, text as string.
func normalize(v any, typ string) any {
	switch x := v.(type) {
	case nil:
		return nil
	case []byte:
		if kindOf(typ) == "bytes" {
			return append([]byte(nil), x...)
		}
		return normalize(string(x), typ)
	case string:
		switch kindOf(typ) {
		case "int":
			if n, err := strconv.ParseInt(x, 10, 64); err == nil {
				return n
			}
		case "timestamp", "timestamptz", "date":
			for _, l := range []string{"2006-01-02 15:04:05.999999", "2006-01-02"} {
				if t, err := time.Parse(l, x); err == nil {
					return t
				}
			}
		}
		return x
	case int32:
		return int64(x)
	case int16:
		return int64(x)
	case int8:
		return int64(x)
	case uint64:
		if x <= 1<<63-1 {
			return int64(x)
		}
		return strconv.FormatUint(x, 10)
	case uint32:
		return int64(x)
	case pgtype.Numeric:
		if !x.Valid {
			return nil
		}
		b, err := x.MarshalJSON()
		if err != nil {
			return fmt.Sprint(x)
		}
		return strings.Trim(string(b), `"`)
	case time.Time:
		return x.UTC()
	case [16]byte:
		return fmt.Sprintf("%x-%x-%x-%x-%x", x[0:4], x[4:6], x[6:8], x[8:10], x[10:16])
	}
	return v
}

// kindOf reads the portable kind from a plan column type such as "int32", "decimal(10,2)",
// "varchar(50)", "timestamp(6)".
func kindOf(typ string) string {
	t := strings.TrimSpace(typ)
	if i := strings.IndexAny(t, "( "); i >= 0 {
		t = t[:i]
	}
	switch {
	case strings.HasPrefix(t, "int"):
		return "int"
	case t == "varchar" || t == "char" || t == "text" || t == "enum":
		return "text"
	}
	return t
}

// encodePosition writes a position as a JSON array.
func encodePosition(p Position) string {
	if p == nil {
		return "null"
	}
	out := make([]any, len(p))
	for i, v := range p {
		switch x := v.(type) {
		case time.Time:
			out[i] = x.UTC().Format(time.RFC3339Nano)
		case []byte:
			out[i] = hex.EncodeToString(x)
		default:
			out[i] = x
		}
	}
	b, _ := json.Marshal(out)
	return string(b)
}

// decodePosition reads a position written by encodePosition back into values of the key
// columns' types.
func decodePosition(s string, cols []plan.Column) (Position, error) {
	if s == "" || s == "null" {
		return nil, nil
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var raw []any
	if err := dec.Decode(&raw); err != nil {
		return nil, fmt.Errorf("checkpoint position %q: %w", s, err)
	}
	if len(raw) != len(cols) {
		return nil, fmt.Errorf("checkpoint position %s has %d values for key (%d columns)", s, len(raw), len(cols))
	}
	p := make(Position, len(cols))
	for i, c := range cols {
		v, err := decodeValue(raw[i], c.Type)
		if err != nil {
			return nil, fmt.Errorf("checkpoint position %s, column %s: %w", s, c.Name, err)
		}
		p[i] = v
	}
	return p, nil
}

func decodeValue(v any, typ string) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch kindOf(typ) {
	case "int":
		switch x := v.(type) {
		case json.Number:
			if n, err := x.Int64(); err == nil {
				return n, nil
			}
			return x.String(), nil // beyond int64 (unsigned bigint)
		case string:
			return x, nil
		}
	case "decimal":
		switch x := v.(type) {
		case json.Number:
			return x.String(), nil
		case string:
			if _, ok := new(big.Rat).SetString(x); ok {
				return x, nil
			}
		}
	case "float":
		if x, ok := v.(json.Number); ok {
			return x.Float64()
		}
	case "bool":
		if x, ok := v.(bool); ok {
			return x, nil
		}
	case "timestamp", "timestamptz", "date":
		if x, ok := v.(string); ok {
			return time.Parse(time.RFC3339Nano, x)
		}
	case "bytes":
		if x, ok := v.(string); ok {
			return hex.DecodeString(x)
		}
	default:
		if x, ok := v.(string); ok {
			return x, nil
		}
	}
	return nil, fmt.Errorf("value %v does not fit type %s", v, typ)
}

// samePosition reports whether two positions are equal value by value.
func samePosition(a, b Position) bool { return encodePosition(a) == encodePosition(b) }
