package config

import "fmt"

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
}

func defaultStore() Store { return Store{Kind: StoreMemory} }

// validateStore returns the problems of the [store] table, each naming
// its key. The URL is checked when the store is opened.
func (c Config) validateStore() []error {
	switch c.Store.Kind {
	case StoreMemory, StorePostgres:
		return nil
	}
	return []error{fmt.Errorf("store.kind: must be %q or %q, got %q", StoreMemory, StorePostgres, c.Store.Kind)}
}
