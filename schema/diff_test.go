package schema

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	want := &Database{Tables: []*Table{
		{Name: "a", PrimaryKey: []string{"id"}, Columns: []*Column{{Name: "id", Type: "integer"}, {Name: "x", Type: "text", Nullable: true}}},
		{Name: "gone", Columns: []*Column{{Name: "id", Type: "integer"}}},
	}}
	live := &Database{Tables: []*Table{
		{Name: "a", PrimaryKey: []string{"id"}, Columns: []*Column{{Name: "id", Type: "bigint"}, {Name: "y", Type: "text", Nullable: true}},
			Uniques: []*Unique{{Name: "a_y", Columns: []string{"y"}}}},
		{Name: "new", Columns: []*Column{{Name: "id", Type: "integer"}}},
	}}
	got := strings.Join(Diff(want, live), "\n")
	for _, w := range []string{"column a.id changed type from integer to bigint", "column a.x is gone", "column a.y is new (text)",
		"table a has a new unique key a_y (y)", "table gone is gone", "table new is new"} {
		if !strings.Contains(got, w) {
			t.Errorf("diff lacks %q:\n%s", w, got)
		}
	}
	if d := Diff(want, want); len(d) != 0 {
		t.Errorf("a schema differs from itself: %v", d)
	}
}
