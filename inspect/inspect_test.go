package inspect

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// inspectTwice inspects the database twice and fails unless both snapshots are the same bytes.
func inspectTwice(t *testing.T, dsn string, opts Options) (*schema.Database, []byte) {
	t.Helper()
	ctx := testContext(t)
	d, err := Inspect(ctx, dsn, opts)
	if err != nil {
		t.Fatalf("Inspect: %v", err)
	}
	again, err := Inspect(ctx, dsn, opts)
	if err != nil {
		t.Fatalf("Inspect again: %v", err)
	}
	first, second := schema.Write(d), schema.Write(again)
	if string(first) != string(second) {
		t.Fatalf("two inspections differ:\n%s\n---\n%s", first, second)
	}
	if d.Fingerprint != d.ComputeFingerprint() || !strings.HasPrefix(d.Fingerprint, "sha256:") {
		t.Errorf("fingerprint %q is not the structure's %q", d.Fingerprint, d.ComputeFingerprint())
	}
	parsed, diags := schema.Parse(first, "inspected.hcl")
	if diags.HasErrors() {
		t.Fatalf("the snapshot does not parse: %s", diags.Error())
	}
	if string(schema.Write(parsed)) != string(first) {
		t.Errorf("the snapshot does not survive Parse and Write")
	}
	return d, first
}

// machineLines are the snapshot lines whose values depend on the server.
var machineLines = regexp.MustCompile(`(?m)^(  (?:fingerprint|server_version) +=) ".*"$`)

// checkGolden compares a snapshot with testdata/<name>, after replacing the values that vary by
// machine (server version, fingerprint) and the throw-away database's name with placeholders.
func checkGolden(t *testing.T, name string, got []byte, dbName string) {
	t.Helper()
	norm := machineLines.ReplaceAllString(string(got), `$1 "<varies>"`)
	norm = strings.ReplaceAll(norm, `"`+dbName+`"`, `"<test database>"`)
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(norm), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./inspect -update to create it)", err)
	}
	if norm != string(want) {
		t.Errorf("snapshot differs from %s (run go test ./inspect -update to accept):\n%s", path, norm)
	}
}

// checkTables compares inspected tables with the expected ones, one table and column at a time so
// that a failure says what differs.
func checkTables(t *testing.T, got *schema.Database, want []*schema.Table) {
	t.Helper()
	var wantNames []string
	for _, w := range want {
		wantNames = append(wantNames, w.Name)
	}
	if !reflect.DeepEqual(got.TableNames(), wantNames) {
		t.Errorf("tables = %q, want %q", got.TableNames(), wantNames)
	}
	for _, w := range want {
		g := got.Table(w.Name)
		if g == nil {
			continue
		}
		if !reflect.DeepEqual(g.ColumnNames(), namesOf(w.Columns)) {
			t.Errorf("%s: columns = %q, want %q", w.Name, g.ColumnNames(), namesOf(w.Columns))
		}
		for _, wc := range w.Columns {
			if gc := g.Column(wc.Name); gc != nil && *gc != *wc {
				t.Errorf("%s.%s = %+v, want %+v", w.Name, wc.Name, *gc, *wc)
			}
		}
		if !reflect.DeepEqual(g.PrimaryKey, w.PrimaryKey) {
			t.Errorf("%s: primary key = %q, want %q", w.Name, g.PrimaryKey, w.PrimaryKey)
		}
		if !reflect.DeepEqual(g.Uniques, w.Uniques) {
			t.Errorf("%s: uniques = %s, want %s", w.Name, show(g.Uniques), show(w.Uniques))
		}
		if !reflect.DeepEqual(g.ForeignKeys, w.ForeignKeys) {
			t.Errorf("%s: foreign keys = %s, want %s", w.Name, show(g.ForeignKeys), show(w.ForeignKeys))
		}
	}
}

// checkKinds checks how ParseType reads every inspected type: table.column → kind.
func checkKinds(t *testing.T, d *schema.Database, want map[string]schema.Kind) {
	t.Helper()
	seen := 0
	for _, tb := range d.Tables {
		for _, c := range tb.Columns {
			k, ok := want[tb.Name+"."+c.Name]
			if !ok {
				continue
			}
			seen++
			if got := schema.ParseType(d.Dialect, c.Type).Kind; got != k {
				t.Errorf("ParseType(%s, %q) of %s.%s: kind %s, want %s", d.Dialect, c.Type, tb.Name, c.Name, got, k)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("checked the kind of %d columns, want %d", seen, len(want))
	}
}

func namesOf(cols []*schema.Column) []string {
	var names []string
	for _, c := range cols {
		names = append(names, c.Name)
	}
	return names
}

func show[T any](items []*T) string {
	var parts []string
	for _, it := range items {
		parts = append(parts, fmt.Sprintf("%+v", *it))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// checkErr fails unless err is non-nil and its message contains every fragment and no secret.
func checkErr(t *testing.T, err error, secret string, fragments ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", fragments)
	}
	msg := err.Error()
	for _, f := range fragments {
		if !strings.Contains(msg, f) {
			t.Errorf("error %q does not contain %q", msg, f)
		}
	}
	if secret != "" && strings.Contains(msg, secret) {
		t.Errorf("error leaks the password: %q", msg)
	}
}

func TestLowerOutsideQuotes(t *testing.T) {
	for in, want := range map[string]string{
		"INT(10) UNSIGNED":          "int(10) unsigned",
		"ENUM('A','b''C','x y')":    "enum('A','b''C','x y')",
		"SET('Ä','B') CHARSET utf8": "set('Ä','B') charset utf8",
	} {
		if got := lowerOutsideQuotes(in); got != want {
			t.Errorf("lowerOutsideQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}
