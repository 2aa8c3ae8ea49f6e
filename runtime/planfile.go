package runtime

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/datamove/datamove/plan"
)

// loaded is a verified plan directory.
type loaded struct {
	dir   string
	m     *plan.Manifest
	files map[string]string // file -> SQL text (header comments included: engines skip them)
}

func loadPlan(dir string) (*loaded, error) {
	m, err := plan.Read(dir)
	if err != nil {
		return nil, &refusal{msg: err.Error() + "; recompile the plan and have it reviewed again"}
	}
	l := &loaded{dir: dir, m: m, files: map[string]string{}}
	for _, f := range m.Files {
		if strings.HasSuffix(f.Path, ".sql") {
			b, err := readFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
			if err != nil {
				return nil, err
			}
			l.files[f.Path] = b
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
