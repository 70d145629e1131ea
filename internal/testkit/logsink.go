package testkit

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
)

// LogSink collects what a logger writes. It is safe for concurrent use,
// and a test can wait for a line.
type LogSink struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	changed chan struct{} // closed at the next Write
}

// NewLogger returns a text logger at debug level writing to a new sink.
func NewLogger() (*slog.Logger, *LogSink) {
	s := &LogSink{}
	return slog.New(slog.NewTextHandler(s, &slog.HandlerOptions{Level: slog.LevelDebug})), s
}

// Write appends p; it never fails.
func (s *LogSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changed != nil {
		close(s.changed)
		s.changed = nil
	}
	return s.buf.Write(p)
}

// String returns everything written so far.
func (s *LogSink) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// Lines returns the lines written so far that contain every one of parts.
func (s *LogSink) Lines(parts ...string) []string {
	var out []string
	for _, line := range strings.Split(s.String(), "\n") {
		if line != "" && containsAll(line, parts) {
			out = append(out, line)
		}
	}
	return out
}

// WaitLine waits for a line containing every one of parts and returns
// it, or an error naming the parts and holding the log once ctx is done.
func (s *LogSink) WaitLine(ctx context.Context, parts ...string) (string, error) {
	for {
		s.mu.Lock()
		text := s.buf.String()
		if s.changed == nil {
			s.changed = make(chan struct{})
		}
		changed := s.changed
		s.mu.Unlock()
		for _, line := range strings.Split(text, "\n") {
			if containsAll(line, parts) {
				return line, nil
			}
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return "", fmt.Errorf("no log line with %q\nlogs:\n%s", parts, text)
		}
	}
}

func containsAll(s string, parts []string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}
