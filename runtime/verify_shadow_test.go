package runtime_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/schema"
)

// A query check over groups: after a correct move it passes; when the target gains a group, loses
// one or changes a count, it fails and says which groups differ.
func TestVerifyShadowCompare(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		notes := func() *schema.Database {
			return vdb(vtable("notes", vcol("id", "integer", false), vcol("body", "character varying(20)", true)))
		}
		e := newVerifyEnv(t, m, "verify_shadow", notes(), notes())
		var rows [][]any
		for id, body := range []any{"a", "a", "b", nil, "c", "c", "c", ""} {
			rows = append(rows, []any{id + 1, body})
		}
		e.src.insert(t, "notes", []string{"id", "body"}, rows)
		e.mustRun(t, nil, nil)
		oracle := func() {
			t.Helper()
			q := "SELECT id, body FROM %s ORDER BY id"
			sameDump(t, "notes", e.src.dump(t, fmt.Sprintf(q, e.src.T("notes"))), e.tgt.dump(t, fmt.Sprintf(q, e.tgt.T("notes"))))
		}
		oracle()
		e.mustPass(t, "after the move")

		check := func(what string, want ...string) {
			t.Helper()
			r := e.verify(t)
			c := checkNamed(r.last(t), "notes_per_body")
			if r.code != 1 || c == nil || c.Verdict != runtime.VerdictFail {
				t.Fatalf("%s: want exit 1 and notes_per_body failed: %s", what, r)
			}
			for _, w := range want {
				if !strings.Contains(c.Detail, w) {
					t.Errorf("%s: the detail %q does not say %q", what, c.Detail, w)
				}
			}
		}
		// A group only the target has: the result sets differ in length.
		e.tgt.exec(t, "INSERT INTO "+e.tgt.T("notes")+" (id, body) VALUES (100, 'z')")
		check("a new group", "5 rows on the source, 6 on the target", "only in the target: [z 1]")
		// A group gone from the target.
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T("notes")+" WHERE id = 100 OR body = 'b'")
		check("a group gone", "5 rows on the source, 4 on the target", "only in the source: [b 1]")
		// As many groups, one count changed.
		e.tgt.exec(t, "INSERT INTO "+e.tgt.T("notes")+" (id, body) VALUES (3, 'b'), (101, 'c')")
		check("a count changed", "differs: source [c 3], target [c 4]")
		e.tgt.exec(t, "DELETE FROM "+e.tgt.T("notes")+" WHERE id = 101")
		oracle()
		e.mustPass(t, "after the target is put back")
	})
}
