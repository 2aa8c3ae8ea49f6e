package runtime

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/datamove/datamove/internal/testdb"
)

// TestStageRaw streams awkward rows from a PostgreSQL table into a stage as the two-server path
// does (StreamRaw, then Load) and compares the stage with the source by SQL: values passed on
// undecoded when the stage has the source's types, decoded and encoded again when a stage column's
// type differs, and decoded all along when a column is of a type the server defined.
func TestStageRaw(t *testing.T) {
	db := testdb.Postgres(t)
	ctx := context.Background()
	e, err := connectPostgres(ctx, db.DSN, "SELECT set_config('TimeZone', 'UTC', false)")
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	cols := "id bigint, i2 smallint, i4 integer, n numeric(30,8), nn numeric, f4 real, f8 double precision, b boolean, " +
		"t text, v varchar(20), c char(5), by bytea, d date, ts timestamp(6), tz timestamptz, tm time, iv interval, " +
		"u uuid, j json, jb jsonb, ai integer[], at text[], ip inet"
	db.Exec(t, "CREATE TABLE src ("+cols+")",
		"INSERT INTO src VALUES (1, -32768, 2147483647, -123456789012345678.12345678, 'NaN', 1.5, 0.1, true, "+
			"E'tab\\there\\nnew \\\\ line', 'ünïcødé 😀', 'ab', E'\\\\x00ff5c0a', '2024-02-29', '2024-02-29 23:59:58.123456', "+
			"'2024-02-29 23:59:58.123456+05:30', '23:59:59.999999', '1 year 2 mons 3 days 04:05:06.7', "+
			"'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{\"a\": [1, \"x\"]}', '{\"b\": null}', '{1,NULL,3}', "+
			"'{\"a b\",NULL,\"\"}', '192.168.0.1/24')",
		"INSERT INTO src VALUES (2, 0, 0, 0, 'Infinity', '-Infinity', 'NaN', false, '', '', '', '', 'infinity', "+
			"'-infinity', '1970-01-01 00:00:00+00', '00:00', '-1 days', '00000000-0000-0000-0000-000000000000', "+
			"'null', '[]', '{}', '{}', '::1')",
		"INSERT INTO src (id) VALUES (3)",
		fmt.Sprintf("INSERT INTO src (id, t) VALUES (4, '%s')", strings.Repeat("long text ", 50000)))
	names := []string{"id", "i2", "i4", "n", "nn", "f4", "f8", "b", "t", "v", "c", "by", "d", "ts", "tz", "tm", "iv",
		"u", "j", "jb", "ai", "at", "ip"}
	dump := "SELECT " + strings.Join(names, "::text, ") + "::text FROM %s WHERE %s ORDER BY id"

	for _, c := range []struct {
		name, stage, where string
		wantRaw            bool
	}{
		{"raw", "CREATE TEMPORARY TABLE stage (" + cols + ")", "true", true},
		// pgx's decoding loses row 2's infinite date and timestamps and json's spacing (the
		// decoded path did before the raw one): it is tested without row 2, json compared as jsonb.
		{"stage type differs", "CREATE TEMPORARY TABLE stage (" + strings.Replace(cols, "i4 integer", "i4 bigint", 1) + ")", "id <> 2", false},
	} {
		t.Run(c.name, func(t *testing.T) {
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
			if _, err := s.Exec(ctx, c.stage, nil); err != nil {
				t.Fatal(err)
			}
			var rows [][]any
			read := "SELECT " + strings.Join(names, ", ") + " FROM src WHERE " + c.where + " ORDER BY id"
			if err := src.(rawSource).StreamRaw(ctx, read, nil, func(r []any) error {
				rows = append(rows, r)
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if _, raw := rows[0][0].(pgRaw); !raw {
				t.Fatalf("StreamRaw decoded a result of built-in types: %T", rows[0][0])
			}
			ok, err := s.(*pgSession).stageTakes(ctx, "stage", names, rows[0])
			if err != nil {
				t.Fatal(err)
			}
			if ok != c.wantRaw {
				t.Errorf("stage takes the raw values: %v, want %v", ok, c.wantRaw)
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
			dump := dump
			if !c.wantRaw {
				dump = strings.Replace(dump, " j::text", " j::jsonb::text", 1)
			}
			want, err := src.Query(ctx, fmt.Sprintf(dump, "src", c.where), nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Query(ctx, fmt.Sprintf(dump, "stage", "true"), nil)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("the stage differs from the source:\n got %v\nwant %v", got, want)
			}
			if err := s.Rollback(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}

	// A column of a type the server defined has no fixed OID: the rows come decoded.
	t.Run("user type", func(t *testing.T) {
		db.Exec(t, "CREATE TYPE mood AS ENUM ('sad', 'ok')", "CREATE TABLE moods (id bigint, m mood)",
			"INSERT INTO moods VALUES (1, 'ok'), (2, NULL)")
		src, err := e.Session(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer src.Close()
		var rows [][]any
		if err := src.(rawSource).StreamRaw(ctx, "SELECT id, m FROM moods ORDER BY id", nil, func(r []any) error {
			rows = append(rows, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if _, raw := rows[0][0].(pgRaw); raw || fmt.Sprint(rows) != "[[1 ok] [2 <nil>]]" {
			t.Errorf("rows with a user-defined type: %v (%T), want them decoded", rows, rows[0][0])
		}
	})
}
