package runtime

import (
	"strings"
	"testing"
	"time"

	"github.com/datamove/datamove/plan"
)

func TestParseParams(t *testing.T) {
	def := "2"
	decl := []plan.Param{{Name: "tenant_id", Type: "number"}, {Name: "active", Type: "bool"},
		{Name: "cutoff", Type: "timestamp"}, {Name: "region", Type: "string"}, {Name: "store_id", Type: "number", Default: &def}}
	p, err := ParseParams(decl, []string{"tenant_id=42", "active=true", "cutoff=2021-03-02 10:00:00", "region=eu-west"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Values["tenant_id"] != "42" || p.Values["active"] != true || p.Values["store_id"] != "2" ||
		!p.Values["cutoff"].(time.Time).Equal(time.Date(2021, 3, 2, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("values: %#v", p.Values)
	}
	q, _ := ParseParams(decl, []string{"tenant_id=43", "active=true", "cutoff=2021-03-02T10:00:00Z", "region=eu-west"})
	if q.Hash == p.Hash {
		t.Error("two tenants share a parameter hash: their checkpoints would mix")
	}
	same, _ := ParseParams(decl, []string{"region=eu-west", "cutoff=2021-03-02T10:00:00Z", "active=1", "tenant_id=42.0"})
	if same.Hash != p.Hash {
		t.Error("the same values written differently give different hashes")
	}
	_, err = ParseParams(decl, []string{"tenant_id=x", "actve=true", "cutoff=yesterday"})
	msg := err.Error()
	for _, want := range []string{`"x" is not a number`, `unknown parameter "actve"`, `"yesterday" is not a timestamp`, `missing parameter "region"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if ExitCode(err) != ExitRefused {
		t.Errorf("bad parameters exit with %d, want %d", ExitCode(err), ExitRefused)
	}
}

func TestPositionsRoundTrip(t *testing.T) {
	cols := []plan.Column{{Name: "updated_at", Type: "timestamp(6)"}, {Name: "id", Type: "int64"},
		{Name: "code", Type: "varchar(10)"}, {Name: "amount", Type: "decimal(10,2)"}}
	p := Position{time.Date(2021, 3, 2, 10, 0, 0, 123456000, time.UTC), int64(9007199254740993), "ab\"c", "12.50"}
	s := encodePosition(p)
	back, err := decodePosition(s, cols)
	if err != nil {
		t.Fatal(err)
	}
	if !samePosition(p, back) {
		t.Errorf("round trip: %s -> %#v", s, back)
	}
	if back[1] != int64(9007199254740993) {
		t.Errorf("a big integer lost precision through JSON: %v", back[1])
	}
	if _, err := decodePosition(`[1]`, cols); err == nil {
		t.Error("a position with the wrong arity decodes")
	}
	if p, _ := decodePosition("null", cols); p != nil {
		t.Error("null is not the start")
	}
}
