package plan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func samplePlan() *Plan {
	return &Plan{
		Manifest: &Manifest{Migration: "m", Params: []Param{{Name: "tenant_id", Type: "number"}}},
		Files: map[string][]byte{
			"000-setup.1-session_source.sql": []byte("SELECT 1\n"),
			"001-t.01-copy.sql":              []byte("INSERT INTO t SELECT 1\n"),
			"MAPPING.md":                     []byte("# Data mapping\n"),
		},
	}
}

func TestWriteReadVerify(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	p := samplePlan()
	if err := p.Write(dir); err != nil {
		t.Fatal(err)
	}
	m, err := Read(dir)
	if err != nil {
		t.Fatalf("a freshly written plan does not verify: %v", err)
	}
	if m.PlanID == "" || len(m.Files) != 3 || m.FormatVersion != FormatVersion {
		t.Errorf("manifest: %+v", m)
	}
	// Writing the same plan again gives the same plan id and bytes.
	first, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err := samplePlan().Write(dir); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
	if string(first) != string(second) {
		t.Error("rewriting the same plan changed plan.json")
	}
}

func TestReadRefusesTamperedPlans(t *testing.T) {
	cases := []struct {
		name   string
		tamper func(dir string)
		want   string
	}{
		{"changed file", func(dir string) {
			os.WriteFile(filepath.Join(dir, "001-t.01-copy.sql"), []byte("DELETE FROM t\n"), 0o644)
		}, "001-t.01-copy.sql was changed after compile"},
		{"missing file", func(dir string) { os.Remove(filepath.Join(dir, "MAPPING.md")) }, "MAPPING.md is missing"},
		{"extra file", func(dir string) {
			os.WriteFile(filepath.Join(dir, "002-evil.sql"), []byte("DROP TABLE t\n"), 0o644)
		}, "002-evil.sql is not part of the plan"},
		{"edited manifest", func(dir string) {
			b, _ := os.ReadFile(filepath.Join(dir, ManifestFile))
			b = []byte(strings.Replace(string(b), `"sha256": "`, `"sha256": "0`, 1))
			os.WriteFile(filepath.Join(dir, ManifestFile), b, 0o644)
		}, "does not match"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "plan")
			if err := samplePlan().Write(dir); err != nil {
				t.Fatal(err)
			}
			c.tamper(dir)
			_, err := Read(dir)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Read after %s: %v, want an error containing %q", c.name, err, c.want)
			}
		})
	}
}

func TestWriteRefusesForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	if err := samplePlan().Write(dir); err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Fatalf("Write into a foreign non-empty folder: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(b) != "mine" {
		t.Error("the foreign folder was touched")
	}
}
