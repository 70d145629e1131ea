package cli

import (
	"io"
	"os"

	"golang.org/x/term"
)

// isTerminal reports whether w is an interactive terminal: a file that is
// one, or a writer that says it is one (a test's fake terminal).
func isTerminal(w io.Writer) bool {
	switch t := unescaped(w).(type) {
	case *os.File:
		return term.IsTerminal(int(t.Fd()))
	case interface{ IsTerminal() bool }:
		return t.IsTerminal()
	}
	return false
}
