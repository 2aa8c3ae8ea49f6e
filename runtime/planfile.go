package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/datamove/datamove/plan"
)

// loaded is a verified plan directory.
type loaded struct {
	m     *plan.Manifest
	files map[string]string // file -> SQL text (header comments included: engines skip them)
}

func loadPlan(dir string) (*loaded, error) {
	m, err := plan.Read(dir)
	if err != nil {
		return nil, &refusal{msg: err.Error() + "; recompile the plan and have it reviewed again"}
	}
	l := &loaded{m: m, files: map[string]string{}}
	for _, f := range m.Files {
		if strings.HasSuffix(f.Path, ".sql") {
			b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil {
				return nil, fmt.Errorf("read plan file: %w", err)
			}
			l.files[f.Path] = string(b)
		}
	}
	return l, nil
}

// setup returns the setup statement with a role, if the plan has one.
func (l *loaded) setup(role string) (plan.Statement, bool) {
	for _, s := range l.m.Setup {
		if s.Role == role {
			return s, true
		}
	}
	return plan.Statement{}, false
}

func (l *loaded) mustSetup(role string) (plan.Statement, error) {
	s, ok := l.setup(role)
	if !ok {
		return s, &refusal{msg: fmt.Sprintf("the plan has no %s statement: it was compiled by an older datamove; recompile it", role)}
	}
	return s, nil
}

// setupSQL returns the text of a setup statement the plan must have.
func (l *loaded) setupSQL(role string) (string, error) {
	s, err := l.mustSetup(role)
	if err != nil {
		return "", err
	}
	return l.sql(s), nil
}

// baseBinds are the values every statement of a run may bind: the plan's identity, the
// parameters and their hash.
func baseBinds(m *plan.Manifest, params *Params) binds {
	b := binds{"migration": m.Migration, "plan_id": m.PlanID, "params_hash": params.Hash,
		"source_fingerprint": m.Source.Fingerprint, "target_fingerprint": m.Target.Fingerprint}
	for name, v := range params.Values {
		b["@"+name] = v
	}
	return b
}

func stepStatement(st *plan.Step, role string) (plan.Statement, bool) {
	for _, s := range st.Statements {
		if s.Role == role {
			return s, true
		}
	}
	return plan.Statement{}, false
}

// sql returns a statement's text.
func (l *loaded) sql(s plan.Statement) string { return l.files[s.File] }
