package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Feedback is one 👍/👎 vote on an answer.
type Feedback struct {
	Time      time.Time `json:"time"`
	Vote      string    `json:"vote"` // "up" or "down"
	UserID    string    `json:"user_id"`
	GuildID   string    `json:"guild_id,omitempty"`
	ChannelID string    `json:"channel_id"`
	MessageID string    `json:"message_id"`
	Question  string    `json:"question"`
	Answer    string    `json:"answer"`
	Sources   []string  `json:"sources,omitempty"` // article IDs of the sources shown
}

// FeedbackLog is a FeedbackStore that appends one JSON object per vote to
// a file (JSON Lines). It is safe for concurrent use.
type FeedbackLog struct {
	path string
	mu   sync.Mutex
}

var _ FeedbackStore = (*FeedbackLog)(nil)

// NewFeedbackLog returns a log writing to path; the file and its directory
// are created at the first vote.
func NewFeedbackLog(path string) *FeedbackLog { return &FeedbackLog{path: path} }

// Path is the file the votes go to.
func (l *FeedbackLog) Path() string { return l.path }

// Record appends f as one line.
func (l *FeedbackLog) Record(_ context.Context, f Feedback) error {
	line, err := json.Marshal(f)
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	line = append(line, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(l.path), 0o755); err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	file, err := os.OpenFile(l.path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	if _, err := file.Write(line); err != nil {
		file.Close()
		return fmt.Errorf("record feedback: %w", err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	return nil
}
