package config

import (
	"fmt"
	"time"
)

// Store kinds: where the corpus is kept and searched.
const (
	StoreMemory   = "memory"   // in the process (chromem-go); needs nothing installed
	StorePostgres = "postgres" // Postgres with pgvector at DATABASE_URL, shared by several processes
)

// EnvDatabaseURL names the environment variable holding the Postgres URL
// of store.kind = "postgres". It may hold a password: it is never logged
// or printed unredacted.
const EnvDatabaseURL = "DATABASE_URL"

// Store is the [store] table.
type Store struct {
	Kind string `toml:"kind"` // StoreMemory or StorePostgres
	// Poll is how often a process reads the store's corpus version besides
	// listening for changes (LISTEN/NOTIFY), in case a notification is lost.
	Poll Duration `toml:"poll"`
}

func defaultStore() Store { return Store{Kind: StoreMemory, Poll: Duration(10 * time.Second)} }

// validateStore returns the problems of the [store] table, each naming
// its key. The URL is checked when the store is opened.
func (c Config) validateStore() []error {
	var errs []error
	switch c.Store.Kind {
	case StoreMemory, StorePostgres:
	default:
		errs = append(errs, fmt.Errorf("store.kind: must be %q or %q, got %q", StoreMemory, StorePostgres, c.Store.Kind))
	}
	if p := c.Store.Poll.D(); p < 50*time.Millisecond || p > time.Hour {
		errs = append(errs, fmt.Errorf("store.poll: must be a duration between 50ms and 1h, got %s", p))
	}
	return errs
}
