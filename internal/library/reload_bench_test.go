package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReloadOneChange measures a reload after one article changed,
// on the seed corpus copied n times (each copy made unique).
func BenchmarkReloadOneChange(b *testing.B) {
	seeds, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(seeds) == 0 {
		b.Fatalf("no seed corpus: %v", err)
	}
	for _, copies := range []int{1, 20} {
		b.Run(fmt.Sprintf("articles=%d", copies*len(seeds)), func(b *testing.B) {
			files := map[string]string{}
			for c := range copies {
				for _, s := range seeds {
					text, err := os.ReadFile(s)
					if err != nil {
						b.Fatal(err)
					}
					files[fmt.Sprintf("%02d_%s", c, filepath.Base(s))] = string(text) + fmt.Sprintf("\nCopy %d.\n", c)
				}
			}
			f := newFixture(b, files)
			name := fmt.Sprintf("00_%s", filepath.Base(seeds[0]))
			b.ResetTimer()
			for i := range b.N {
				f.write(b, name, files[name]+fmt.Sprintf("Edit %d.\n", i))
				if res, err := f.lib.Reload(context.Background()); err != nil || !res.Changed {
					b.Fatalf("Reload() = %+v, %v", res, err)
				}
			}
		})
	}
}
