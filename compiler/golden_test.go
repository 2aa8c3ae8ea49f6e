package compiler_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/plan"
	"github.com/datamove/datamove/schema"
	"github.com/datamove/datamove/specs"
)

var update = flag.Bool("update", false, "rewrite golden files (and re-seal the test snapshots' fingerprints)")

const casesDir = "../testdata/compile"

// goldenDialects are the engines every good case is rendered for, unless the case says otherwise.
var goldenDialects = []string{schema.Postgres, schema.MariaDB}

// asWritten is the word in a case's dialects file that renders the spec with the dialects its
// source and target blocks name (compiler.Options{}), into want/as-written.
const asWritten = "as-written"

type goldenCase struct {
	name, dir string
	bad       bool
}

// dialects lists what a good case is rendered for: the lines of its optional file "dialects"
// (postgres, mysql, mariadb or as-written; # starts a comment), else goldenDialects.
func (c goldenCase) dialects(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(c.dir, "dialects"))
	if os.IsNotExist(err) {
		return goldenDialects
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch line {
		case "":
			continue
		case schema.Postgres, schema.MySQL, schema.MariaDB, asWritten:
			out = append(out, line)
		default:
			t.Fatalf("%s: unknown dialect %q (postgres, mysql, mariadb or %s)", filepath.Join(c.dir, "dialects"), line, asWritten)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s lists no dialect", filepath.Join(c.dir, "dialects"))
	}
	return out
}

// options are the compile options that render a case for one entry of its dialects list.
func options(dialect string) compiler.Options {
	if dialect == asWritten {
		return compiler.Options{}
	}
	return compiler.Options{Dialect: dialect}
}

func cases(t *testing.T) []goldenCase {
	entries, err := os.ReadDir(casesDir)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldenCase
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, goldenCase{name: e.Name(), dir: filepath.Join(casesDir, e.Name()), bad: strings.HasPrefix(e.Name(), "bad_")})
		}
	}
	if len(out) == 0 {
		t.Fatal("no golden cases under " + casesDir)
	}
	return out
}

// sealSnapshots recomputes the fingerprints of hand-written test snapshots (only with -update),
// except a snapshot with an inline "# ERROR:" expectation, which is edited after sealing.
func sealSnapshots(t *testing.T, dir string) {
	paths, _ := filepath.Glob(filepath.Join(dir, "spec", "schemas", "*.hcl"))
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(src, []byte("# ERROR:")) {
			continue // broken on purpose (a bad case's hand-edited snapshot): sealing would repair it
		}
		d, diags := schema.Parse(src, p)
		if diags.HasErrors() {
			t.Fatalf("snapshot %s: %s", p, diags.Error())
		}
		d.Fingerprint = d.ComputeFingerprint()
		if out := schema.Write(d); !bytes.Equal(out, src) {
			if err := os.WriteFile(p, out, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// diagnosticsText prints diagnostics as the CLI does, with paths relative to the case folder.
func diagnosticsText(dir string, files map[string]*hcl.File, diags hcl.Diagnostics) string {
	var b bytes.Buffer
	specs.WriteDiagnostics(&b, files, diags)
	return strings.ReplaceAll(b.String(), dir+string(filepath.Separator), "")
}

// planFiles is a compiled plan as golden files: every file, plan.json and warnings.
func planFiles(p *plan.Plan, warnings string) map[string][]byte {
	files := map[string][]byte{}
	for k, v := range p.Files {
		// The plan's snapshot copies are the case's own snapshots byte for byte; plan.json pins
		// their hashes, so the golden folders need not hold them a second time.
		if !strings.HasPrefix(k, "schemas/") {
			files[k] = v
		}
	}
	files[plan.ManifestFile] = p.Seal()
	if warnings != "" {
		files["warnings.txt"] = []byte(warnings)
	}
	return files
}

func TestGolden(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			if *update {
				sealSnapshots(t, c.dir)
			}
			spec, diags := specs.Load(filepath.Join(c.dir, "spec"))
			if c.bad {
				if !diags.HasErrors() {
					_, cd := compiler.Compile(spec, compiler.Options{})
					diags = append(diags, cd...)
				}
				if !diags.HasErrors() {
					t.Fatalf("bad case compiled without errors")
				}
				var files map[string]*hcl.File
				if spec != nil {
					files = spec.Files
				}
				compare(t, filepath.Join(c.dir, "want", "diagnostics.txt"), []byte(diagnosticsText(c.dir, files, diags)))
				return
			}
			if diags.HasErrors() {
				t.Fatalf("spec does not load:\n%s", diagnosticsText(c.dir, spec.Files, diags))
			}
			for _, d := range c.dialects(t) {
				p, cd := compiler.Compile(spec, options(d))
				if cd.HasErrors() {
					t.Fatalf("%s: compile failed:\n%s", d, diagnosticsText(c.dir, spec.Files, cd))
				}
				warnings := ""
				if len(cd) > 0 {
					warnings = diagnosticsText(c.dir, spec.Files, cd)
				}
				got := planFiles(p, warnings)
				again, _ := compiler.Compile(spec, options(d))
				if !sameFiles(got, planFiles(again, warnings)) {
					t.Errorf("%s: compiling twice gave different bytes", d)
				}
				compareDir(t, filepath.Join(c.dir, "want", d), got)
			}
			staleDialects(t, c)
		})
	}
}

// staleDialects reports (or, with -update, removes) want/ folders of dialects the case no longer
// renders, so that a narrowed dialects file leaves no unchecked golden files behind.
func staleDialects(t *testing.T, c goldenCase) {
	t.Helper()
	listed := map[string]bool{}
	for _, d := range c.dialects(t) {
		listed[d] = true
	}
	entries, _ := os.ReadDir(filepath.Join(c.dir, "want"))
	for _, e := range entries {
		if !e.IsDir() || listed[e.Name()] {
			continue
		}
		dir := filepath.Join(c.dir, "want", e.Name())
		if *update {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s: the case does not render %s (see its dialects file); remove the folder or run -update", dir, e.Name())
	}
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !bytes.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

func compare(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./compiler -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what the compiler gives now (go test ./compiler -update rewrites it; review the diff):\n%s", path, firstDiff(string(want), string(got)))
	}
}

func compareDir(t *testing.T, dir string, got map[string][]byte) {
	t.Helper()
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
	}
	var names []string
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		compare(t, filepath.Join(dir, filepath.FromSlash(n)), got[n])
	}
	if !*update {
		_ = filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
			if err != nil || e.IsDir() {
				return nil
			}
			rel, _ := filepath.Rel(dir, path)
			if _, ok := got[filepath.ToSlash(rel)]; !ok {
				t.Errorf("%s: the compiler no longer writes this file", path)
			}
			return nil
		})
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }
