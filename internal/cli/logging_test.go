package cli

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/config"
)

func TestLoggerQuestionsOff(t *testing.T) {
	const q = "who ordered the shooting"
	for _, on := range []bool{false, true} {
		for _, format := range []string{"json", "text"} {
			var b bytes.Buffer
			log := newLogger(&b, config.Log{Level: "debug", Format: format, Questions: on})
			log.Debug("question text", "question", q)
			log.With("question", q).Info("asked")
			log.Info("asked", slog.Group("req", slog.String("question", q), slog.Int("chars", len(q))))
			log.WithGroup("discord").Warn("asked", "question", q)
			if got := strings.Count(b.String(), q); on && got != 4 || !on && got != 0 {
				t.Errorf("log.questions = %v, %s: the question appears %d times, want %d:\n%s", on, format, got, map[bool]int{true: 4}[on], b.String())
			}
			if !on && !strings.Contains(b.String(), `chars`) {
				t.Errorf("log.questions = false dropped more than the question:\n%s", b.String())
			}
		}
	}
}

func TestServeLogsNoQuestionTextByDefault(t *testing.T) {
	h := startServe(t, harnessOptions{})
	const q = "What sparked the protests in the oil town?"
	h.callback(h.ask(q))
	if err := h.shutdown(); err != nil {
		t.Fatalf("serve: %v", err)
	}
	if strings.Contains(h.logs.String(), "oil town") {
		t.Errorf("with log.questions = false, a debug log line holds the question:\n%s", h.logs.String())
	}
}
