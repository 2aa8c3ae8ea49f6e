package schema

import (
	"reflect"
	"testing"
)

func TestParseType(t *testing.T) {
	tests := []struct {
		dialect, raw string
		want         Type // Raw is filled in from raw
	}{
		// PostgreSQL, as format_type prints it, and the short spellings people write.
		{Postgres, "boolean", Type{Kind: KindBool}},
		{Postgres, "smallint", Type{Kind: KindInt, Bits: 16}},
		{Postgres, "integer", Type{Kind: KindInt, Bits: 32}},
		{Postgres, "bigint", Type{Kind: KindInt, Bits: 64}},
		{Postgres, "int8", Type{Kind: KindInt, Bits: 64}},
		{Postgres, "bigserial", Type{Kind: KindInt, Bits: 64}},
		{Postgres, "numeric", Type{Kind: KindDecimal}},
		{Postgres, "numeric(10,2)", Type{Kind: KindDecimal, Precision: 10, Scale: 2}},
		{Postgres, "numeric(5)", Type{Kind: KindDecimal, Precision: 5}},
		{Postgres, "real", Type{Kind: KindFloat, Bits: 32}},
		{Postgres, "double precision", Type{Kind: KindFloat, Bits: 64}},
		{Postgres, "character varying(40)", Type{Kind: KindText, Length: 40}},
		{Postgres, "character varying", Type{Kind: KindText}},
		{Postgres, "character(3)", Type{Kind: KindText, Length: 3, Fixed: true}},
		{Postgres, "character", Type{Kind: KindText, Length: 1, Fixed: true}},
		{Postgres, "text", Type{Kind: KindText}},
		{Postgres, "bytea", Type{Kind: KindBytes}},
		{Postgres, "date", Type{Kind: KindDate}},
		{Postgres, "time without time zone", Type{Kind: KindTime, FSP: 6}},
		{Postgres, "time(3) without time zone", Type{Kind: KindTime, FSP: 3}},
		{Postgres, "time with time zone", Type{Kind: KindOther}},
		{Postgres, "timetz", Type{Kind: KindOther}},
		{Postgres, "timestamp without time zone", Type{Kind: KindTimestamp, FSP: 6}},
		{Postgres, "timestamp(3) without time zone", Type{Kind: KindTimestamp, FSP: 3}},
		{Postgres, "timestamp with time zone", Type{Kind: KindTimestampTZ, FSP: 6}},
		{Postgres, "timestamp(0) with time zone", Type{Kind: KindTimestampTZ, FSP: 0}},
		{Postgres, "timestamptz", Type{Kind: KindTimestampTZ, FSP: 6}},
		{Postgres, "json", Type{Kind: KindJSON}},
		{Postgres, "jsonb", Type{Kind: KindJSON}},
		{Postgres, "uuid", Type{Kind: KindUUID}},
		{Postgres, "text[]", Type{Kind: KindOther}},
		{Postgres, "character varying(40)[]", Type{Kind: KindOther}},
		{Postgres, "interval", Type{Kind: KindOther}},
		{Postgres, `"char"`, Type{Kind: KindOther}},
		{Postgres, "bit varying(3)", Type{Kind: KindOther}},
		{Postgres, "public.mood", Type{Kind: KindOther}},

		// MySQL and MariaDB, as information_schema.COLUMNS.COLUMN_TYPE prints them.
		{MySQL, "tinyint(1)", Type{Kind: KindBool}},
		{MySQL, "tinyint(4)", Type{Kind: KindInt, Bits: 8}},
		{MySQL, "tinyint(1) unsigned", Type{Kind: KindInt, Bits: 8, Unsigned: true}},
		{MySQL, "smallint(6)", Type{Kind: KindInt, Bits: 16}},
		{MySQL, "mediumint(8) unsigned", Type{Kind: KindInt, Bits: 24, Unsigned: true}},
		{MySQL, "int(11)", Type{Kind: KindInt, Bits: 32}},
		{MySQL, "int(10) unsigned", Type{Kind: KindInt, Bits: 32, Unsigned: true}},
		{MySQL, "int unsigned", Type{Kind: KindInt, Bits: 32, Unsigned: true}},
		{MariaDB, "bigint(20) unsigned zerofill", Type{Kind: KindInt, Bits: 64, Unsigned: true}},
		{MySQL, "BIGINT", Type{Kind: KindInt, Bits: 64}},
		{MySQL, "decimal(10,2)", Type{Kind: KindDecimal, Precision: 10, Scale: 2}},
		{MySQL, "decimal", Type{Kind: KindDecimal, Precision: 10}},
		{MySQL, "decimal(10,2) unsigned", Type{Kind: KindDecimal, Precision: 10, Scale: 2, Unsigned: true}},
		{MySQL, "float", Type{Kind: KindFloat, Bits: 32}},
		{MySQL, "double", Type{Kind: KindFloat, Bits: 64}},
		{MySQL, "double precision", Type{Kind: KindFloat, Bits: 64}},
		{MySQL, "varchar(255)", Type{Kind: KindText, Length: 255}},
		{MySQL, "char(3)", Type{Kind: KindText, Length: 3, Fixed: true}},
		{MySQL, "tinytext", Type{Kind: KindText, Length: 255}},
		{MySQL, "text", Type{Kind: KindText}},
		{MySQL, "longtext", Type{Kind: KindText}},
		{MySQL, "varbinary(16)", Type{Kind: KindBytes, Length: 16}},
		{MySQL, "binary(16)", Type{Kind: KindBytes, Length: 16, Fixed: true}},
		{MySQL, "blob", Type{Kind: KindBytes}},
		{MySQL, "longblob", Type{Kind: KindBytes}},
		{MySQL, "date", Type{Kind: KindDate}},
		{MySQL, "time", Type{Kind: KindTime}},
		{MySQL, "time(3)", Type{Kind: KindTime, FSP: 3}},
		{MySQL, "datetime", Type{Kind: KindTimestamp}},
		{MySQL, "datetime(6)", Type{Kind: KindTimestamp, FSP: 6}},
		{MySQL, "timestamp", Type{Kind: KindTimestampTZ}},
		{MySQL, "timestamp(3)", Type{Kind: KindTimestampTZ, FSP: 3}},
		{MySQL, "json", Type{Kind: KindJSON}},
		{MariaDB, "uuid", Type{Kind: KindUUID}},
		{MySQL, "enum('a','b''c')", Type{Kind: KindEnum, Values: []string{"a", "b'c"}}},
		{MariaDB, "ENUM('x,y','z)')", Type{Kind: KindEnum, Values: []string{"x,y", "z)"}}},
		{MySQL, "set('a','b')", Type{Kind: KindOther}},
		{MySQL, "year(4)", Type{Kind: KindOther}},
		{MySQL, "bit(1)", Type{Kind: KindOther}},
		{MySQL, "geometry", Type{Kind: KindOther}},
	}
	for _, tt := range tests {
		t.Run(tt.dialect+"/"+tt.raw, func(t *testing.T) {
			want := tt.want
			want.Raw = tt.raw
			if got := ParseType(tt.dialect, tt.raw); !reflect.DeepEqual(got, want) {
				t.Errorf("ParseType(%s, %q) =\n  %+v\nwant\n  %+v", tt.dialect, tt.raw, got, want)
			}
		})
	}
}

func TestTypeString(t *testing.T) {
	tests := []struct {
		dialect, raw, want string
	}{
		{MySQL, "int(10) unsigned", "int32 unsigned"},
		{Postgres, "numeric", "decimal"},
		{MySQL, "decimal(10,2)", "decimal(10,2)"},
		{Postgres, "character varying(40)", "varchar(40)"},
		{Postgres, "character(3)", "char(3)"},
		{MySQL, "varbinary(16)", "bytes(16)"},
		{Postgres, "timestamp(3) without time zone", "timestamp(3)"},
		{MySQL, "timestamp", "timestamptz"},
		{MySQL, "enum('a','b')", "enum(a,b)"},
		{Postgres, "text[]", "text[]"},
		{MySQL, "tinyint(1)", "bool"},
	}
	for _, tt := range tests {
		if got := ParseType(tt.dialect, tt.raw).String(); got != tt.want {
			t.Errorf("ParseType(%s, %q).String() = %q, want %q", tt.dialect, tt.raw, got, tt.want)
		}
	}
}

func TestIntRange(t *testing.T) {
	tests := []struct {
		t      Type
		lo, hi string
	}{
		{Type{Kind: KindInt, Bits: 8}, "-128", "127"},
		{Type{Kind: KindInt, Bits: 8, Unsigned: true}, "0", "255"},
		{Type{Kind: KindInt, Bits: 24}, "-8388608", "8388607"},
		{Type{Kind: KindInt, Bits: 32, Unsigned: true}, "0", "4294967295"},
		{Type{Kind: KindInt, Bits: 64}, "-9223372036854775808", "9223372036854775807"},
		{Type{Kind: KindInt, Bits: 64, Unsigned: true}, "0", "18446744073709551615"},
	}
	for _, tt := range tests {
		if lo, hi := tt.t.IntRange(); lo != tt.lo || hi != tt.hi {
			t.Errorf("%s: IntRange() = %s, %s; want %s, %s", tt.t, lo, hi, tt.lo, tt.hi)
		}
	}
}
