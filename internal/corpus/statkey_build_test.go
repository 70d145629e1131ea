package corpus

import (
	"os"
	"os/exec"
	"testing"
)

// The package builds on 32-bit Linux (arm, 386: a Raspberry Pi), where
// the file status's times are 32-bit fields.
func TestBuildsOn32BitLinux(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles the package")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	for _, arch := range []string{"386", "arm"} {
		cmd := exec.Command(gobin, "build", ".")
		cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+arch, "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("GOARCH=%s go build = %v\n%s", arch, err, out)
		}
	}
}
