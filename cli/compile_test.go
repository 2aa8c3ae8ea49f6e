package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/datamove/datamove/plan"
)

const goodSpec = "../testdata/compile/mapping_table_tenant_move/spec"

func TestCompileWritesAVerifiablePlan(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out.plan")
	code, _, errOut := run(t, "compile", goodSpec, "-o", dir)
	if code != ExitOK {
		t.Fatalf("compile: code %d\n%s", code, errOut)
	}
	m, err := plan.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if m.Migration != "tenant_move" || len(m.Steps) != 2 || !strings.Contains(errOut, "wrote plan tenant_move") {
		t.Errorf("manifest %s with %d steps; stderr %q", m.Migration, len(m.Steps), errOut)
	}
	first, _ := os.ReadFile(filepath.Join(dir, plan.ManifestFile))
	if code, _, errOut := run(t, "compile", goodSpec, "-o", dir); code != ExitOK {
		t.Fatalf("second compile: %d %s", code, errOut)
	}
	second, _ := os.ReadFile(filepath.Join(dir, plan.ManifestFile))
	if string(first) != string(second) {
		t.Error("compiling the same spec twice gave a different plan.json")
	}
}

func TestCompilePrint(t *testing.T) {
	code, out, errOut := run(t, "compile", goodSpec, "--print", "--step", "customers")
	if code != ExitOK {
		t.Fatalf("code %d: %s", code, errOut)
	}
	for _, want := range []string{"/* datamove tenant_move:customers.copy */", "ON CONFLICT (\"legacy_id\")", "-- ===== 002-customers.09-copy.sql"} {
		if !strings.Contains(out, want) {
			t.Errorf("--print output lacks %q", want)
		}
	}
	if strings.Contains(out, "stores.copy */") {
		t.Error("--step customers printed another step")
	}
	if code, _, errOut := run(t, "compile", goodSpec, "--print", "--step", "nope"); code != ExitUsage || !strings.Contains(errOut, "customers") {
		t.Errorf("unknown step: code %d, %q", code, errOut)
	}
}

func TestCompileBadSpecWritesNothing(t *testing.T) {
	spec := t.TempDir()
	copyDir(t, goodSpec, spec)
	main := filepath.Join(spec, "main.hcl")
	src, _ := os.ReadFile(main)
	os.WriteFile(main, []byte(strings.Replace(string(src), "LOWER(TRIM(email))", "LOWER(TRIM(emial))", 1)), 0o644)
	out := filepath.Join(t.TempDir(), "plan")
	code, _, errOut := run(t, "compile", spec, "-o", out)
	if code != ExitFailed {
		t.Fatalf("code %d, want %d\n%s", code, ExitFailed, errOut)
	}
	if !regexp.MustCompile(`main\.hcl:\d+:\d+: error: Unknown column emial`).MatchString(errOut) || !strings.Contains(errOut, `Did you mean "email"?`) {
		t.Errorf("diagnostic:\n%s", errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a failed compile left a plan directory behind")
	}
	if code, _, _ := run(t, "compile", spec); code != ExitUsage {
		t.Errorf("compile without -o or --print: code %d, want %d", code, ExitUsage)
	}
}

func TestFmt(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.hcl")
	os.WriteFile(path, []byte("migration \"m\" {\ndescription=\"x\"\n}\n"), 0o644)
	if code, out, _ := run(t, "fmt", "--check", dir); code != ExitFailed || !strings.Contains(out, "a.hcl") {
		t.Errorf("fmt --check on an unformatted file: code %d, out %q", code, out)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "description=\"x\"") {
		t.Error("fmt --check changed the file")
	}
	if code, _, errOut := run(t, "fmt", dir); code != ExitOK {
		t.Fatalf("fmt: %d %s", code, errOut)
	}
	if b, _ := os.ReadFile(path); !strings.Contains(string(b), "  description = \"x\"") {
		t.Errorf("fmt did not format:\n%s", b)
	}
	if code, out, _ := run(t, "fmt", "--check", dir); code != ExitOK || out != "" {
		t.Errorf("fmt --check after fmt: code %d, out %q", code, out)
	}
	os.WriteFile(path, []byte("migration \"m\" {\n"), 0o644)
	if code, _, errOut := run(t, "fmt", dir); code != ExitFailed || !strings.Contains(errOut, "a.hcl:") {
		t.Errorf("fmt on a file that does not parse: code %d, %q", code, errOut)
	}
}

func TestEveryCommandHasHelpWithExample(t *testing.T) {
	for _, cmd := range []string{"compile", "fmt", "inspect", "run", "status", "verify", "reconcile", "version"} {
		code, out, _ := run(t, cmd, "--help")
		if code != ExitOK || !strings.Contains(out, "Examples:") {
			t.Errorf("%s --help: code %d, no example:\n%s", cmd, code, out)
		}
		if cmd != "version" && !strings.Contains(out, "Exit codes:") {
			t.Errorf("%s --help does not document exit codes", cmd)
		}
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
