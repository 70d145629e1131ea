package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"
)

func runIndex(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("index", "index [--corpus DIR] [--config FILE]", env.Stderr)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("index: unexpected argument %q", pos[0])
	}
	var progress func(done, total int)
	if isTerminal(env.Stderr) {
		progress = progressBar(unescaped(env.Stderr)) // its \r redraws the line
	}
	start := time.Now()
	a, err := openApp(ctx, c, env, progress)
	if err != nil {
		return err
	}
	if progress != nil {
		fmt.Fprintln(env.Stderr)
	}
	st := a.Corpus.Stats()
	skipped := 0
	for _, p := range a.Corpus.Problems() {
		if p.Skipped {
			skipped++
		}
	}
	_, err = fmt.Fprintf(env.Stdout, "indexed %d articles, %d passages (%d embedded, %d from cache), %d files skipped, in %s\n",
		len(a.Corpus.Documents()), st.Chunks, st.Embedded, st.Reused, skipped, time.Since(start).Round(time.Millisecond))
	return err
}

// progressBar draws "[#####.....] 12/40" on one terminal line.
func progressBar(w io.Writer) func(done, total int) {
	const width = 30
	return func(done, total int) {
		if total == 0 {
			return
		}
		n := done * width / total
		fmt.Fprintf(w, "\rembedding [%s%s] %d/%d", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total)
	}
}
