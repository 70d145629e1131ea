package config

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testdata(name string) string { return filepath.Join("..", "..", "testdata", "config", name) }

func TestCheck(t *testing.T) {
	tests := []struct {
		file string
		want []string // each problem must contain one of these, in order
	}{
		{"good.toml", nil},
		{"unknown-keys.toml", []string{"chunk.sizee: unknown key", "tokens: unknown table", "http.port: unknown key"}},
		{"bad-duration.toml", []string{"reload.debounce: want a duration"}},
		{"bad-type.toml", []string{`"retrieve.k"`}},
		{"bad-syntax.toml", []string{"bad-syntax.toml"}},
		{"missing.toml", []string{"missing.toml"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, errs := Check(testdata(tt.file))
			if len(errs) != len(tt.want) {
				t.Fatalf("Check() = %d problems %v, want %d", len(errs), errs, len(tt.want))
			}
			for i, e := range errs {
				if !strings.Contains(e.Error(), tt.want[i]) {
					t.Errorf("problem %d = %q, want it to contain %q", i, e, tt.want[i])
				}
			}
		})
	}
}

func TestCheckKeepsGoodValuesBesideUnknownKeys(t *testing.T) {
	c, _ := Check(testdata("unknown-keys.toml"))
	if c.Chunk.Size != 800 || c.HTTP.Listen != ":8080" {
		t.Errorf("Check() = chunk.size %d, http.listen %q; want 800, \":8080\"", c.Chunk.Size, c.HTTP.Listen)
	}
}

func TestLoadDurations(t *testing.T) {
	c, err := Load(testdata("good.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Reload.Debounce.D() != 250*time.Millisecond || c.Reload.Poll.D() != 30*time.Second || !c.Reload.Watch {
		t.Errorf("reload = %+v, want debounce 250ms, poll 30s, watch true", c.Reload)
	}
	if err := c.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

func TestCheckInvalidValuesAllReported(t *testing.T) {
	c, errs := Check(testdata("invalid-values.toml"))
	if len(errs) != 0 {
		t.Fatalf("Check() = %v, want no parse problems", errs)
	}
	err := c.Validate()
	for _, key := range []string{"chunk.size", "chunk.overlap", "http.listen", "reload.debounce", "reload.poll", "log.level"} {
		if err == nil || !strings.Contains(err.Error(), key+": ") {
			t.Errorf("Validate() = %v, want a problem naming %s", err, key)
		}
	}
}
