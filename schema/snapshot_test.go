package schema

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// richDatabase exercises every attribute Write can print, names that need escaping included.
func richDatabase() *Database {
	d := &Database{
		Dialect:       Postgres,
		ServerVersion: "15.20",
		Schema:        "public",
		Tables: []*Table{
			{
				Name:       "orders",
				PrimaryKey: []string{"id"},
				Columns: []*Column{
					{Name: "id", Type: "bigint", Identity: IdentitySerial, Default: "nextval('orders_id_seq'::regclass)"},
					{Name: "customer_id", Type: "bigint", Nullable: true},
					{Name: "total", Type: "numeric(10,2)", Default: "0"},
					{Name: "total_with_tax", Type: "numeric", Nullable: true, Generated: "(total * 1.2)"},
					{Name: "note", Type: "text", Nullable: true, Default: "'${not a template} %{nor this} \"quoted\"\n\\ back'::text", Collation: "C"},
				},
				Uniques: []*Unique{
					{Name: "orders_z_key", Columns: []string{"note"}},
					{Name: "orders_a_key", Columns: []string{"customer_id", "total"}},
				},
				ForeignKeys: []*ForeignKey{
					{Name: "orders_self_fkey", Columns: []string{"id"}, RefTable: "orders", RefColumns: []string{"id"}, OnDelete: "SET NULL"},
					{Name: "orders_customer_id_fkey", Columns: []string{"customer_id"}, RefSchema: "other", RefTable: "customers", RefColumns: []string{"id"}, OnDelete: "CASCADE"},
				},
			},
			{
				Name: `Order "Items" \ ${x}`,
				Columns: []*Column{
					{Name: "CustomerID", Type: "integer", Identity: IdentityAlways},
					{Name: "größe", Type: "character varying(40)", Nullable: true},
				},
			},
			{
				Name:       "customers",
				PrimaryKey: []string{"id", "region"},
				Columns: []*Column{
					{Name: "id", Type: "bigint", Identity: IdentityByDefault},
					{Name: "region", Type: "text"},
					{Name: "legacy", Type: "int(10) unsigned", Identity: IdentityAutoIncrement},
				},
			},
		},
	}
	d.Fingerprint = d.ComputeFingerprint()
	return d
}

func TestWriteParseRoundTrip(t *testing.T) {
	d := richDatabase()
	first := Write(d)
	parsed, diags := Parse(first, "rich.hcl")
	if diags.HasErrors() {
		t.Fatalf("parse: %s\n%s", diags.Error(), first)
	}
	second := Write(parsed)
	if string(first) != string(second) {
		t.Fatalf("round trip changed the snapshot\nfirst:\n%s\nsecond:\n%s", first, second)
	}
	want := richDatabase()
	want.Normalize()
	if !reflect.DeepEqual(parsed, want) {
		t.Errorf("parsed database differs from the written one:\n%s", Write(parsed))
	}
	if got := parsed.ComputeFingerprint(); got != d.Fingerprint {
		t.Errorf("fingerprint after round trip = %s, want %s", got, d.Fingerprint)
	}
}

func TestWriteDoesNotModify(t *testing.T) {
	d := richDatabase()
	before := richDatabase()
	Write(d)
	d.ComputeFingerprint()
	if !reflect.DeepEqual(d, before) {
		t.Error("Write or ComputeFingerprint reordered the database they were given")
	}
}

// TestWriteShape pins the layout of a snapshot: sections, blank lines, alignment, attribute order.
func TestWriteShape(t *testing.T) {
	d := &Database{
		Dialect: Postgres, ServerVersion: "15.20", Schema: "public", Fingerprint: "sha256:00",
		Tables: []*Table{
			{
				Name: "orders",
				Columns: []*Column{
					{Name: "customer_id", Type: "bigint"},
				},
				ForeignKeys: []*ForeignKey{{Name: "orders_customer_id_fkey", Columns: []string{"customer_id"},
					RefSchema: "other", RefTable: "customers", RefColumns: []string{"id"}, OnDelete: "CASCADE"}},
			},
			{
				Name:       "customers",
				PrimaryKey: []string{"id"},
				Columns: []*Column{
					{Name: "id", Type: "bigint", Identity: IdentityByDefault},
					{Name: "email", Type: "character varying(255)", Nullable: true, Default: "NULL::character varying", Collation: "C"},
				},
				Uniques: []*Unique{{Name: "customers_email_key", Columns: []string{"email"}}},
			},
		},
	}
	want := "# datamove schema snapshot, written by `datamove inspect`. Regenerate it rather than edit it:\n" +
		"# the fingerprint below covers the structure, and `datamove run` compares it with the live database.\n" + `
snapshot {
  dialect        = "postgres"
  server_version = "15.20"
  schema         = "public"
  fingerprint    = "sha256:00"
}

table "customers" {
  primary_key = ["id"]

  column "id" {
    type     = "bigint"
    nullable = false
    identity = "by_default"
  }
  column "email" {
    type      = "character varying(255)"
    nullable  = true
    default   = "NULL::character varying"
    collation = "C"
  }

  unique "customers_email_key" {
    columns = ["email"]
  }
}

table "orders" {
  column "customer_id" {
    type     = "bigint"
    nullable = false
  }

  foreign_key "orders_customer_id_fkey" {
    columns     = ["customer_id"]
    references  = "customers"
    ref_schema  = "other"
    ref_columns = ["id"]
    on_delete   = "CASCADE"
  }
}
`
	if got := string(Write(d)); got != want {
		t.Errorf("Write:\n%s\nwant:\n%s", got, want)
	}
}

func TestReadChecksFingerprint(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.hcl")
	src := Write(richDatabase())
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	d, diags := Read(path)
	if diags.HasErrors() {
		t.Fatalf("Read: %s", diags.Error())
	}
	if got := d.TableNames(); !reflect.DeepEqual(got, []string{`Order "Items" \ ${x}`, "customers", "orders"}) {
		t.Errorf("tables = %q", got)
	}

	edited := strings.Replace(string(src), `type     = "bigint"`, `type     = "integer"`, 1)
	if edited == string(src) {
		t.Fatal("test did not edit the snapshot")
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags = Read(path)
	got := positions(diags)
	line, col := lineCol(edited, `"sha256:`)
	want := []string{path + ":" + itoa(line) + ":" + itoa(col) + ": Snapshot was edited by hand"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("edited snapshot: diagnostics %q, want %q", got, want)
	}
	if len(diags) > 0 && !strings.Contains(diags[0].Detail, "datamove inspect") {
		t.Errorf("detail does not say how to fix it: %s", diags[0].Detail)
	}

	// A snapshot without a fingerprint cannot be checked, so Read refuses it too.
	var lines []string
	for _, l := range strings.Split(string(src), "\n") {
		if !strings.Contains(l, "fingerprint    =") {
			lines = append(lines, l)
		}
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, diags = Read(path); !reflect.DeepEqual(positions(diags), []string{path + ":4:1: Snapshot has no fingerprint"}) {
		t.Errorf("no fingerprint: %q", positions(diags))
	}
}

func TestReadMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nope.hcl")
	d, diags := Read(path)
	if d != nil || !reflect.DeepEqual(positions(diags), []string{path + ":1:1: Cannot read schema snapshot"}) {
		t.Errorf("missing file: %v %q", d, positions(diags))
	}
}

func TestParseErrors(t *testing.T) {
	const head = "snapshot {\n  dialect = \"postgres\"\n  schema = \"public\"\n}\n"
	tests := []struct {
		name   string
		src    string
		want   []string // file:line:col: summary
		detail string   // a fragment of the first diagnostic's detail
	}{
		{"syntax error", head + "table \"t\" {\n  column \"a\" {\n    type = \n  }\n}\n",
			[]string{"bad.hcl:7:12: Invalid expression"}, ""},
		{"no snapshot block", "table \"t\" {\n}\n",
			[]string{"bad.hcl:1:1: Missing snapshot block"}, "datamove inspect"},
		{"two snapshot blocks", head + head,
			[]string{"bad.hcl:5:1: Duplicate snapshot block"}, "bad.hcl:1,1-9"},
		{"unknown top-level block", head + "view \"v\" {\n}\n",
			[]string{"bad.hcl:5:1: Unsupported block type"}, ""},
		{"unknown snapshot attribute", "snapshot {\n  dialect = \"postgres\"\n  schema = \"public\"\n  fingerprnt = \"x\"\n}\n",
			[]string{"bad.hcl:4:3: Unsupported argument"}, `"fingerprint"`},
		{"missing dialect", "snapshot {\n  schema = \"public\"\n}\n",
			[]string{"bad.hcl:1:10: Missing required argument"}, `"dialect"`},
		{"unknown dialect", "snapshot {\n  dialect = \"postgress\"\n  schema = \"public\"\n}\n",
			[]string{"bad.hcl:2:13: Unknown dialect"}, `did you mean "postgres"`},
		{"missing column type", head + "table \"t\" {\n  column \"a\" {\n    nullable = true\n  }\n}\n",
			[]string{"bad.hcl:6:14: Missing required argument"}, `"type"`},
		{"missing nullable", head + "table \"t\" {\n  column \"a\" {\n    type = \"int\"\n  }\n}\n",
			[]string{"bad.hcl:6:14: Missing required argument"}, `"nullable"`},
		{"unknown column attribute", head + "table \"t\" {\n  column \"a\" {\n    type = \"int\"\n    nullable = true\n    comment = \"x\"\n  }\n}\n",
			[]string{"bad.hcl:9:5: Unsupported argument"}, ""},
		{"unknown table block", head + "table \"t\" {\n  index \"i\" {\n  }\n}\n",
			[]string{"bad.hcl:6:3: Unsupported block type"}, ""},
		{"table without a name", head + "table {\n}\n",
			[]string{"bad.hcl:5:7: Missing name for table"}, ""},
		{"nullable not a bool", head + "table \"t\" {\n  column \"a\" {\n    type = \"int\"\n    nullable = \"yes\"\n  }\n}\n",
			[]string{"bad.hcl:8:16: Invalid nullable"}, "true or false"},
		{"type not a string", head + "table \"t\" {\n  column \"a\" {\n    type = 5\n    nullable = true\n  }\n}\n",
			[]string{"bad.hcl:7:12: Invalid type"}, "a string"},
		{"variable reference", head + "table \"t\" {\n  column \"a\" {\n    type = int\n    nullable = true\n  }\n}\n",
			[]string{"bad.hcl:7:12: Variables not allowed"}, ""},
		{"unknown identity", head + "table \"t\" {\n  column \"a\" {\n    type = \"int\"\n    nullable = false\n    identity = \"by-default\"\n  }\n}\n",
			[]string{"bad.hcl:9:16: Unknown identity"}, `did you mean "by_default"`},
		{"primary key not a list", head + "table \"t\" {\n  primary_key = \"id\"\n}\n",
			[]string{"bad.hcl:6:17: Invalid primary_key"}, "a list of strings"},
		{"list of numbers", head + "table \"t\" {\n  unique \"u\" {\n    columns = [1, 2]\n  }\n}\n",
			[]string{"bad.hcl:7:15: Invalid columns"}, "a list of strings"},
		{"foreign key without references", head + "table \"t\" {\n  foreign_key \"f\" {\n    columns = [\"a\"]\n    ref_columns = [\"id\"]\n  }\n}\n",
			[]string{"bad.hcl:6:19: Missing required argument"}, `"references"`},
		{"unknown on_delete", head + "table \"t\" {\n  foreign_key \"f\" {\n    columns = [\"a\"]\n    references = \"u\"\n    ref_columns = [\"id\"]\n    on_delete = \"cascade\"\n  }\n}\n",
			[]string{"bad.hcl:10:17: Unknown on_delete action"}, `did you mean "CASCADE"`},
		{"duplicate table", head + "table \"t\" {\n}\ntable \"t\" {\n}\n",
			[]string{"bad.hcl:7:1: Duplicate table"}, "bad.hcl:5,1-10"},
		{"duplicate column", head + "table \"t\" {\n  column \"a\" {\n    type = \"int\"\n    nullable = true\n  }\n  column \"a\" {\n    type = \"int\"\n    nullable = true\n  }\n}\n",
			[]string{"bad.hcl:10:3: Duplicate column"}, ""},
		{"every problem at once", head + "table \"t\" {\n  column \"a\" {\n    nullable = 1\n  }\n  colour \"b\" {\n  }\n}\n",
			[]string{"bad.hcl:6:14: Missing required argument", "bad.hcl:7:16: Invalid nullable", "bad.hcl:9:3: Unsupported block type"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, diags := Parse([]byte(tt.src), "bad.hcl")
			if d != nil {
				t.Errorf("Parse returned a database despite errors")
			}
			if got := positions(diags); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("diagnostics:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
			if tt.detail != "" && (len(diags) == 0 || !strings.Contains(diags[0].Detail, tt.detail)) {
				t.Errorf("detail %q does not contain %q", detailOf(diags), tt.detail)
			}
		})
	}
}

// positions renders diagnostics the way tests and CI read them: file:line:col: summary, in order.
func positions(diags hcl.Diagnostics) []string {
	diags = append(hcl.Diagnostics(nil), diags...)
	sort.SliceStable(diags, func(i, j int) bool {
		a, b := diags[i].Subject, diags[j].Subject
		return a != nil && b != nil && (a.Filename < b.Filename || a.Filename == b.Filename && a.Start.Byte < b.Start.Byte)
	})
	var out []string
	for _, d := range diags {
		s := d.Summary
		if d.Subject != nil {
			s = d.Subject.Filename + ":" + itoa(d.Subject.Start.Line) + ":" + itoa(d.Subject.Start.Column) + ": " + s
		}
		out = append(out, s)
	}
	return out
}

func detailOf(diags hcl.Diagnostics) string {
	if len(diags) == 0 {
		return ""
	}
	return diags[0].Detail
}

func lineCol(src, needle string) (line, col int) {
	i := strings.Index(src, needle)
	line = strings.Count(src[:i], "\n") + 1
	return line, i - strings.LastIndex(src[:i], "\n")
}

func itoa(n int) string { return strconv.Itoa(n) }
