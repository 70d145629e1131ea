package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
)

// redacted is the text that stands for a secret in the output.
var redacted = []byte("[redacted]")

// redactor writes to w with every occurrence of a secret replaced, as
// written and as JSON or Go quoting escapes it. Main puts it in front of
// stdout and stderr, so every log line (of every component, at every
// level), error message and answer the bot prints is covered once,
// including upstream error bodies that echo a key. A secret split across
// two writes is not found; log records and messages are one write each.
type redactor struct {
	w       io.Writer
	secrets [][]byte
}

// newRedactor returns w behind a redactor for secrets, or w when there
// are none.
func newRedactor(w io.Writer, secrets []string) io.Writer {
	r := &redactor{w: w}
	for _, s := range secrets {
		r.secrets = append(r.secrets, []byte(s))
		q, _ := json.Marshal(s)
		forms := [][]byte{q[1 : len(q)-1], []byte(strconv.Quote(s)[1 : len(strconv.Quote(s))-1])}
		for _, f := range forms {
			if !bytes.Equal(f, []byte(s)) {
				r.secrets = append(r.secrets, f)
			}
		}
	}
	if len(r.secrets) == 0 {
		return w
	}
	return r
}

func (r *redactor) Write(p []byte) (int, error) {
	out := p
	for _, s := range r.secrets {
		if bytes.Contains(out, s) {
			out = bytes.ReplaceAll(out, s, redacted)
		}
	}
	if _, err := r.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Unwrap returns the writer r writes to.
func (r *redactor) Unwrap() io.Writer { return r.w }
