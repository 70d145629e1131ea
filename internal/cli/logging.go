package cli

import (
	"context"
	"io"
	"log/slog"

	"github.com/almaty-news/newsbot/internal/config"
)

// questionKey is the attribute that carries a question's text in any log
// line of any component.
const questionKey = "question"

// newLogger logs to w: text on a terminal, JSON otherwise, unless the
// config says which. Unless log.questions is on, no line at any level
// carries a question's text.
func newLogger(w io.Writer, cfg config.Log) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.Level)) // validated already
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler
	if cfg.Format == "json" || cfg.Format == "auto" && !isTerminal(w) {
		h = slog.NewJSONHandler(w, opts)
	} else {
		h = slog.NewTextHandler(w, opts)
	}
	if !cfg.Questions {
		h = withoutQuestions{h}
	}
	return slog.New(h)
}

// withoutQuestions drops every attribute named "question", in groups
// too, before the handler it wraps sees it.
type withoutQuestions struct{ slog.Handler }

func (h withoutQuestions) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, r.Message, r.PC)
	r.Attrs(func(a slog.Attr) bool {
		if a, ok := dropQuestion(a); ok {
			out.AddAttrs(a)
		}
		return true
	})
	return h.Handler.Handle(ctx, out)
}

func (h withoutQuestions) WithAttrs(as []slog.Attr) slog.Handler {
	return withoutQuestions{h.Handler.WithAttrs(dropQuestions(as))}
}

func (h withoutQuestions) WithGroup(name string) slog.Handler {
	return withoutQuestions{h.Handler.WithGroup(name)}
}

func dropQuestions(as []slog.Attr) []slog.Attr {
	out := make([]slog.Attr, 0, len(as))
	for _, a := range as {
		if a, ok := dropQuestion(a); ok {
			out = append(out, a)
		}
	}
	return out
}

// dropQuestion returns a without its question attributes, and false when
// a is one.
func dropQuestion(a slog.Attr) (slog.Attr, bool) {
	if a.Key == questionKey {
		return a, false
	}
	if v := a.Value.Resolve(); v.Kind() == slog.KindGroup {
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(dropQuestions(v.Group())...)}, true
	}
	return a, true
}
