// Command scalebench prints the scale table of the in-process store:
// for synthetic corpora of about 1k, 10k and 100k passages (package
// synth), the cold build, the second start from the cache, the serving
// RSS, the question latency (analysis and retrieval), the reload after
// one edited file with its peak RSS, and the timeline build. Each phase
// runs in a fresh process so that its memory is its own.
//
//	go run ./scripts/scalebench -chunks 1000,10000,100000
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve/synth"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("scalebench", flag.ContinueOnError)
	sizes := fs.String("chunks", "1000,10000,100000", "passage counts to measure, comma-separated")
	work := fs.String("dir", filepath.Join(os.TempDir(), "scalebench"), "where corpora and caches are kept (reused between runs)")
	questions := fs.Int("questions", 200, "questions asked per corpus")
	seed := fs.Uint64("seed", 1, "corpus seed")
	phase := fs.String("phase", "", "run one phase (build, start, serve, timeline, postgres) on the corpus in -dir and print it as JSON")
	postgres := fs.Bool("postgres", false, "measure the Postgres store at DATABASE_URL instead of the in-process one")
	profile := fs.String("cpuprofile", "", "with -phase: write a CPU profile of the phase here")
	memprofile := fs.String("memprofile", "", "with -phase: write an allocation profile of the phase here")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *phase != "" {
		if *profile != "" {
			f, err := os.Create(*profile)
			if err != nil {
				return err
			}
			defer f.Close()
			if err := pprof.StartCPUProfile(f); err != nil {
				return err
			}
			defer pprof.StopCPUProfile()
		}
		if *memprofile != "" {
			defer writeHeapProfile(*memprofile)
		}
		return runPhase(ctx, *phase, *work, *questions, *seed, stdout)
	}
	if *postgres {
		return runPostgres(ctx, stdout, *sizes, *work, *questions, *seed)
	}
	fmt.Fprintln(stdout, "| chunks | build | 2nd start (cpu) | serve RSS | question p50 / p95 | edit one file (cpu; cache written), peak RSS | timeline, quotes |")
	fmt.Fprintln(stdout, "|---|---|---|---|---|---|---|")
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("-chunks %q: %w", s, err)
		}
		dir := filepath.Join(*work, strconv.Itoa(n))
		if err := ensureCorpus(dir, n, *seed); err != nil {
			return err
		}
		var b buildResult
		var sv serveResult
		var tl timelineResult
		if err := subprocess(ctx, dir, "build", *questions, *seed, &b); err != nil {
			return err
		}
		if err := subprocess(ctx, dir, "serve", *questions, *seed, &sv); err != nil {
			return err
		}
		if err := subprocess(ctx, dir, "timeline", *questions, *seed, &tl); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "| %d | %s | %s (%s) | %d MB | %.1f / %.1f ms | %s (%s; %s), %d MB | %s, %s |\n",
			b.Chunks, secs(b.Build), secs(sv.Start), secs(sv.StartCPU), sv.RSS>>20, ms(sv.P50), ms(sv.P95),
			secs(sv.Edit), secs(sv.EditCPU), secs(sv.Reload), sv.EditPeak>>20, secs(tl.Timeline), secs(tl.Quotes))
	}
	return nil
}

// ensureCorpus writes a synthetic corpus of about n passages in dir/articles
// unless one is there.
func ensureCorpus(dir string, n int, seed uint64) error {
	articles := filepath.Join(dir, "articles")
	if _, err := os.Stat(articles); err == nil {
		return nil
	}
	per := chunksPerArticle(seed)
	if err := synth.Write(articles+".tmp", max(1, int(float64(n)/per+0.5)), seed); err != nil {
		return err
	}
	return os.Rename(articles+".tmp", articles)
}

// chunksPerArticle is the mean passage count of a sample of articles.
func chunksPerArticle(seed uint64) float64 {
	const sample = 200
	total := 0
	for i := range sample {
		doc, _ := corpus.Parse("x.txt", []byte(synth.Article(seed, i)))
		total += len(chunk.Split(doc.Body(), chunk.DefaultOptions()))
	}
	return float64(total) / sample
}

// subprocess runs one phase in a fresh process and decodes its JSON result.
func subprocess(ctx context.Context, dir, phase string, questions int, seed uint64, out any) error {
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("phase %s: %w", phase, err)
	}
	cmd := exec.CommandContext(ctx, self, "-phase", phase, "-dir", dir, "-questions", strconv.Itoa(questions), "-seed", strconv.FormatUint(seed, 10))
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("phase %s in %s: %w", phase, dir, err)
	}
	if err := json.Unmarshal(stdout.Bytes(), out); err != nil {
		return fmt.Errorf("phase %s: decode %q: %w", phase, stdout.String(), err)
	}
	return nil
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// writeHeapProfile writes the allocations made so far to path.
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
		return
	}
	defer f.Close()
	runtime.GC() // the profile is as of the last collection
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		fmt.Fprintln(os.Stderr, "scalebench:", err)
	}
}
