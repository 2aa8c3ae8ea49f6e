package runtime

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/internal/testdb"
)

func TestAppendTSV(t *testing.T) {
	at := time.Date(2024, 2, 29, 23, 59, 58, 123456000, time.UTC)
	row := []any{nil, []byte("a\tb\nc\rd\\e\x00f"), "\\N", int64(-9223372036854775808), uint64(18446744073709551615),
		0.1, float32(1.5), true, at, at, time.Time{}, []byte("")}
	types := []string{"int", "varchar(9)", "text", "bigint", "bigint unsigned", "double", "float", "tinyint(1)",
		"datetime(6)", "date", "datetime", "varchar(1)"}
	got, err := appendTSV(nil, row, types)
	if err != nil {
		t.Fatal(err)
	}
	want := `\N` + "\t" + `a\tb\nc\rd\\e\0f` + "\t" + `\\N` + "\t-9223372036854775808\t18446744073709551615\t0.1\t1.5\t1\t" +
		"2024-02-29 23:59:58.123456\t2024-02-29\t0000-00-00\t\n"
	if string(got) != want {
		t.Errorf("appendTSV:\n got %q\nwant %q", got, want)
	}
	if _, err := appendTSV(nil, []any{struct{}{}}, []string{"int"}); err == nil {
		t.Error("appendTSV took a value of an unknown type")
	}
}

// TestStageLoad streams awkward rows from a MariaDB table into a stage as the two-server path
// does (Stream, then Load) and compares the stage with the source by SQL: through LOAD DATA
// LOCAL, and through multi-row INSERTs when a column (BIT) cannot load from text.
func TestStageLoad(t *testing.T) {
	db := testdb.MySQL(t)
	ctx := context.Background()
	session := "SET time_zone = '+00:00', character_set_client = 'utf8mb4', character_set_connection = 'utf8mb4', " +
		"collation_connection = 'utf8mb4_bin', character_set_results = 'utf8mb4', " +
		"sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_BACKSLASH_ESCAPES,NO_ENGINE_SUBSTITUTION'"
	e, err := connectMySQL(ctx, db.DSN, session)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	long := strings.Repeat("long\t\\text\n", 20000)
	cols := "id bigint NOT NULL PRIMARY KEY, v varchar(40), t longtext, b varbinary(20), d decimal(20,6), f double, " +
		"dt datetime(6), dd date, ts timestamp(3) NULL, j json, e enum('x','y z'), s set('a','b'), bits bit(8)"
	db.Exec(t, "CREATE TABLE src ("+cols+")",
		"INSERT INTO src VALUES (1, 'tab\there', 'line\nbreak\r\nwindows', X'00FF5C0A09', -12345678901234.123456, 0.1, "+
			"'2024-02-29 23:59:58.123456', '2024-02-29', '2038-01-19 03:14:07.999', '{\"a\": [1, \"\\\\t\"]}', 'y z', 'a,b', b'10100101')",
		"INSERT INTO src VALUES (2, 'back\\\\slash \\\\N', '\\\\N', X'', 0, -1e300, '1000-01-01 00:00:00', '9999-12-31', NULL, NULL, 'x', '', b'0')",
		"INSERT INTO src VALUES (3, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
		"INSERT INTO src VALUES (4, 'NULL', 'ünïcødé 😀 ''quoted'' \"double\"', X'4E554C4C', 1.5, 1e-300, '2000-01-01 00:00:00.000001', '2000-01-01', '1970-01-01 00:00:01', '[]', 'x', 'b', b'11111111')",
		fmt.Sprintf("INSERT INTO src (id, t) VALUES (5, '%s')", long))
	stage := "CREATE TEMPORARY TABLE stage (" + strings.ReplaceAll(cols, " NOT NULL PRIMARY KEY", "") + ")"
	names := []string{"id", "v", "t", "b", "d", "f", "dt", "dd", "ts", "j", "e", "s"}
	dump := "SELECT id, HEX(v), HEX(t), HEX(b), d, f, dt, dd, ts, HEX(j), e, s%s FROM %s ORDER BY id"

	for _, c := range []struct {
		name     string
		extra    string // a column moved only in this case
		wantData bool   // loaded through LOAD DATA LOCAL
	}{
		{"load data", "", true},
		{"inserts", "bits", false}, // BIT does not load from text
	} {
		t.Run(c.name, func(t *testing.T) {
			names, more := names, ""
			if c.extra != "" {
				names, more = append(names[:len(names):len(names)], c.extra), ", HEX("+c.extra+")"
			}
			src, err := e.Session(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer src.Close()
			s, err := e.Session(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Exec(ctx, stage, nil); err != nil {
				t.Fatal(err)
			}
			var rows [][]any
			if err := src.Stream(ctx, "SELECT "+strings.Join(names, ", ")+" FROM src ORDER BY id", nil, func(r []any) error {
				rows = append(rows, r)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if err := s.Begin(ctx); err != nil {
				t.Fatal(err)
			}
			i := 0
			n, err := s.Load(ctx, "stage", names, func() ([]any, bool, error) {
				if i == len(rows) {
					return nil, false, nil
				}
				i++
				return rows[i-1], true, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if n != int64(len(rows)) {
				t.Errorf("Load returned %d rows, want %d", n, len(rows))
			}
			if got := s.(*mySession).stages["stage"] != nil; got != c.wantData {
				t.Errorf("loaded through LOAD DATA: %v, want %v", got, c.wantData)
			}
			want, err := src.Query(ctx, fmt.Sprintf(dump, more, "src"), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Query(ctx, fmt.Sprintf(dump, more, "stage"), nil)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("the stage differs from the source:\n got %v\nwant %v", got, want)
			}
			if err := s.Commit(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}

	// A value the stage cannot hold is an error, never a truncated row: LOAD DATA LOCAL reports
	// it only as a warning.
	t.Run("narrow stage", func(t *testing.T) {
		s, err := e.Session(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Exec(ctx, "CREATE TEMPORARY TABLE stage (id bigint, v varchar(3))", nil); err != nil {
			t.Fatal(err)
		}
		sent := false
		_, err = s.Load(ctx, "stage", []string{"id", "v"}, func() ([]any, bool, error) {
			if sent {
				return nil, false, nil
			}
			sent = true
			return []any{int64(1), []byte("too long")}, true, nil
		})
		if err == nil || !strings.Contains(err.Error(), "Warning") {
			t.Errorf("a truncated value loaded without an error (err = %v)", err)
		}
	})
}
