package feed

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/almaty-news/newsbot/internal/atomicfile"
)

// StateDir is the hidden folder in the corpus directory that holds the
// feed state; the corpus loader and the hot reload ignore hidden names.
const StateDir = ".newsbot"

// maxSeen bounds the item links remembered per feed.
const maxSeen = 2000

// State is what the bot knows of one feed.
type State struct {
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastFetch    time.Time `json:"last_fetch,omitzero"`
	LastError    string    `json:"last_error,omitempty"`
	ItemsAdded   int       `json:"items_added"`
	Seen         []string  `json:"seen,omitempty"` // canonical links of items handled, newest last
}

// StatePath is the state file of the corpus in dir.
func StatePath(dir string) string { return filepath.Join(dir, StateDir, "feeds.json") }

// LoadStates reads the state file; a missing file is no state.
func LoadStates(path string) (map[string]*State, error) {
	out := map[string]*State{}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read feed state: %w", err)
	}
	var list []*State
	if err := json.Unmarshal(b, &list); err != nil {
		return nil, fmt.Errorf("read feed state %s: %w", path, err)
	}
	for _, s := range list {
		out[s.URL] = s
	}
	return out, nil
}

// SaveStates writes the states atomically, sorted by URL.
func SaveStates(path string, states map[string]*State) error {
	list := make([]*State, 0, len(states))
	for _, s := range states {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].URL < list[j].URL })
	b, err := json.MarshalIndent(list, "", "  ")
	if err != nil {
		return fmt.Errorf("write feed state: %w", err)
	}
	if err := atomicfile.WriteBytes(path, 0o644, append(b, '\n')); err != nil {
		return fmt.Errorf("write feed state: %w", err)
	}
	return nil
}

// seen reports whether link was handled already.
func (s *State) seen(link string) bool {
	for _, l := range s.Seen {
		if l == link {
			return true
		}
	}
	return false
}

// remember records link as handled, forgetting the oldest beyond maxSeen.
func (s *State) remember(link string) {
	s.Seen = append(s.Seen, link)
	if len(s.Seen) > maxSeen {
		s.Seen = s.Seen[len(s.Seen)-maxSeen:]
	}
}
