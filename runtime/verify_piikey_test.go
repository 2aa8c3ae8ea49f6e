package runtime_test

import (
	"strings"
	"testing"

	"github.com/datamove/datamove/runtime"
)

// A source key that holds PII under another target name: verify still names the differing row
// by a hash, and no report, summary or log line shows the email.
func TestVerifyPIIKeyRenamed(t *testing.T) {
	e2eEachMode(t, []e2eMode{pgSame, myrTwo}, func(t *testing.T, m e2eMode) {
		src := vdb(vtable("people", vcol("email", "character varying(100)", false), vcol("name", "character varying(40)", false)))
		tgt := vdb(vtable("people", vcol("contact", "character varying(100)", false), vcol("name", "character varying(40)", false)))
		e := newVerifyEnv(t, m, "verify_piikey", src, tgt)
		if !e.m.Steps[0].SourceKey[0].PII {
			t.Fatalf("the plan does not mark the source key email PII: %+v", e.m.Steps[0].SourceKey)
		}
		secret := "ada.lovelace@example.org"
		e.src.insert(t, "people", []string{"email", "name"}, [][]any{{secret, "Ada"}, {"alan@example.org", "Alan"}})
		e.mustRun(t, nil, nil)
		e.mustPass(t, "after the move")

		e.tgt.exec(t, "UPDATE "+e.tgt.T("people")+" SET name = 'Ada L.' WHERE contact = '"+secret+"'")
		r := e.verify(t, "--log-level", "debug", "--max-rows", "5")
		cs := checksOf(r.last(t), "checksum", "people", false)
		if r.code != 1 || len(cs) != 1 || cs[0].Verdict != runtime.VerdictDiffers || len(cs[0].Rows) != 1 || !strings.HasPrefix(cs[0].Rows[0].Key, "(email) = sha256:") {
			t.Fatalf("a changed name: want exit 1 and the row named by a hash of its key; got %s %+v", r, cs)
		}
		if col := cs[0].Rows[0].Columns; len(col) != 1 || col[0].Column != "name" || col[0].Source != "'Ada'" {
			t.Errorf("the differing column: %+v, want name 'Ada' → 'Ada L.'", col)
		}
		for what, text := range map[string]string{"stdout": r.out, "log": r.errOut, "markdown": r.markdown[0], "json": r.json[0]} {
			if strings.Contains(text, "ada.lovelace") {
				t.Errorf("the %s shows the PII key %q", what, secret)
			}
		}
		if rr := e.reconcile(t, "--repair"); rr.code != 0 || strings.Contains(rr.out+rr.errOut+rr.markdown[0], "ada.lovelace") {
			t.Errorf("reconcile --repair: exit %d, or it shows the PII key\n%s", rr.code, rr)
		}
	})
}
