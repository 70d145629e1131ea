package cli

import (
	"io"
	"strings"

	"github.com/almaty-news/newsbot/internal/answer"
)

// terminalStream shows an answer on a terminal while the model writes it,
// then completes it with what only the final reply has.
type terminalStream struct {
	w     io.Writer
	draft strings.Builder
}

// delta prints the next piece of the draft.
func (s *terminalStream) delta(d string) {
	s.draft.WriteString(d)
	_, _ = io.WriteString(s.w, d)
}

// rest is what is left to print once the reply is final: the note and
// sources when the draft was the answer, else the whole reply, after a
// blank line (the model failed mid-way, or its answer was replaced).
func (s *terminalStream) rest(r answer.Reply) string {
	text := textReply(r)
	switch {
	case s.draft.Len() == 0:
		return text
	case s.draft.String() == r.Text:
		return strings.TrimPrefix(text, r.Text)
	}
	return "\n\n" + text
}
