package library

import "github.com/almaty-news/newsbot/internal/corpus"

// Documents returns the articles now served, sorted by ID. Call it only
// after Start.
func (l *Library) Documents() []corpus.Document { return l.Current().Documents() }

// ChunkCount is the number of passages of an article now served.
func (l *Library) ChunkCount(id string) int { return l.Current().ChunkCount(id) }
