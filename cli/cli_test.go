package cli

import (
	"bytes"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpAndExitCodes(t *testing.T) {
	code, out, _ := run(t, "--help")
	if code != ExitOK || !strings.Contains(out, "Exit codes:") || !strings.Contains(out, "Examples:") {
		t.Errorf("--help: code %d, output:\n%s", code, out)
	}
	code, _, errOut := run(t, "no-such-command")
	if code != ExitUsage || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: code %d, stderr %q", code, errOut)
	}
	code, out, _ = run(t, "version")
	if code != ExitOK || !strings.HasPrefix(out, "datamove ") {
		t.Errorf("version: code %d, output %q", code, out)
	}
}
