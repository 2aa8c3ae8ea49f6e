package compiler

import (
	"reflect"
	"testing"

	"github.com/datamove/datamove/schema"
)

func TestOverrideColumns(t *testing.T) {
	tbl := &schema.Table{Name: "users", Columns: []*schema.Column{
		{Name: "id"}, {Name: "phone"}, {Name: "Signup IP"}, {Name: "upper"}, {Name: "g"}, {Name: "CustomerID"},
	}}
	for _, c := range []struct {
		text string
		want []string
	}{
		{"regexp_replace(phone, '[^0-9]', '', 'g')", []string{"phone"}}, // g in a string is text
		{`split_part("Signup IP", '.', 1)`, []string{"Signup IP"}},      // quoted exactly
		{"SUBSTRING_INDEX(`Signup IP`, '.', 1)", []string{"Signup IP"}}, // backticks too
		{`"signup ip"`, nil}, // quoted names keep their case
		{"upper (customerid) || 'it''s' || id", []string{"CustomerID", "id"}}, // upper( is a call; bare names fold
		{"b.phone + 1e3 + 42", []string{"phone"}},
	} {
		if got := overrideColumns(c.text, tbl); !reflect.DeepEqual(got, c.want) {
			t.Errorf("overrideColumns(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
