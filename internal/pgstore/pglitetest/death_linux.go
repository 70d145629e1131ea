package pglitetest

import (
	"os/exec"
	"syscall"
)

// setDeathSignal has the kernel kill the server when the test binary
// dies, so an interrupted test leaves no server behind.
func setDeathSignal(c *exec.Cmd) {
	c.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
