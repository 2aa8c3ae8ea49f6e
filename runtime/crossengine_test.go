package runtime_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datamove/datamove/compiler"
	"github.com/datamove/datamove/runtime"
	"github.com/datamove/datamove/specs"
)

// A plan across engine families compiles (and is reviewed) but this runtime refuses to run it,
// before connecting to anything.
func TestCrossEnginePlanIsRefused(t *testing.T) {
	spec, diags := specs.Load("../testdata/compile/cross_engine_mariadb_to_postgres/spec")
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	p, cd := compiler.Compile(spec, compiler.Options{})
	if cd.HasErrors() {
		t.Fatal(cd.Error())
	}
	dir := filepath.Join(t.TempDir(), "plan")
	if err := p.Write(dir); err != nil {
		t.Fatal(err)
	}
	var params []string
	for _, prm := range p.Manifest.Params {
		if prm.Default == nil {
			params = append(params, prm.Name+"=1")
		}
	}
	_, err := runtime.Run(context.Background(), runtime.Options{PlanDir: dir, Params: params,
		SourceDSN: "root@tcp(192.0.2.1:3306)/nowhere", TargetDSN: "postgres://nobody@192.0.2.1/nowhere"})
	if runtime.ExitCode(err) != runtime.ExitRefused || !strings.Contains(err.Error(), "one engine family") {
		t.Fatalf("cross-engine run: exit %d, %v", runtime.ExitCode(err), err)
	}
}
