package retrieve

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/corpus"
)

// devSets are the evaluation sets beside the repository (see
// ../shared/eval/README.md); benchmarks skip the ones that are absent.
var devSets = []struct{ name, corpus, questions string }{
	{"almaty", "../../corpus", "../../../shared/eval/dev.jsonl"},
	{"corpus_d", "../../../shared/eval/corpus_d", "../../../shared/eval/corpus_d.jsonl"},
	{"squad", "../../../shared/eval/squad2-normans/corpus", "../../../shared/eval/squad2-normans/questions.jsonl"},
	{"rgb", "../../../shared/eval/rgb-dev/corpus", "../../../shared/eval/rgb-dev/questions.jsonl"},
}

type devCase struct {
	Question string
	Evidence []struct{ Doc, Text string }
}

// BenchmarkRecall measures recall@5 (as bot eval counts it: an evidence
// text in one of the first five of eight passages of its document) of
// each part of retrieval on every dev set present, with and without the
// lexicon: go test -run XXX -bench Recall -benchtime 1x ./internal/retrieve/
func BenchmarkRecall(b *testing.B) {
	for _, set := range devSets {
		cases, chunks, ok := loadDevSet(b, set.corpus, set.questions)
		if !ok {
			continue
		}
		for _, senses := range []bool{true, false} {
			emb := NewHashEmbedder(0)
			emb.noSenses = !senses
			ix, _, err := Build(context.Background(), chunks, Options{Embedder: emb})
			if err != nil {
				b.Fatal(err)
			}
			for _, v := range []struct {
				name          string
				lex, vec, exp bool
			}{{"fused", true, true, true}, {"lexical", true, false, true}, {"vector", false, true, false}} {
				for _, exp := range []bool{true, false} {
					if (!v.exp && exp) || (!v.vec && !senses) {
						continue // the part does not use it
					}
					ix.noLexical, ix.noVector, ix.lex.noExpansions = !v.lex, !v.vec, !exp
					name := set.name + "/" + v.name + "/senses=" + strconv.FormatBool(senses) + "/expansions=" + strconv.FormatBool(exp)
					b.Run(name, func(b *testing.B) {
						var r float64
						for b.Loop() {
							r = recallAt5(b, ix, cases)
						}
						b.ReportMetric(r, "recall@5")
					})
				}
			}
		}
	}
}

func recallAt5(b *testing.B, ix *Index, cases []devCase) float64 {
	hit := 0
	for _, c := range cases {
		ps, err := ix.Search(context.Background(), strings.Join(strings.Fields(c.Question), " "), 8)
		if err != nil {
			b.Fatal(err)
		}
		if found(ps[:min(5, len(ps))], c) {
			hit++
		}
	}
	return float64(hit) / float64(len(cases))
}

func found(ps []Passage, c devCase) bool {
	for _, p := range ps {
		for _, e := range c.Evidence {
			if p.DocID == e.Doc && strings.Contains(p.Text, e.Text) {
				return true
			}
		}
	}
	return false
}

// loadDevSet reads a set's answerable questions and chunks its corpus as
// the library does with the default settings.
func loadDevSet(b testing.TB, dir, questions string) ([]devCase, []Chunk, bool) {
	f, err := os.Open(filepath.FromSlash(questions))
	if err != nil {
		return nil, nil, false
	}
	defer f.Close()
	var cases []devCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			b.Fatalf("%s: %v", questions, err)
		}
		if len(c.Evidence) > 0 {
			cases = append(cases, c)
		}
	}
	docs, _, err := corpus.Load(filepath.FromSlash(dir), corpus.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var chunks []Chunk
	for _, d := range docs {
		for _, c := range chunk.Split(d.Body(), chunk.Options{Size: 600, Overlap: 150}) {
			chunks = append(chunks, Chunk{ID: d.ID + "#" + strconv.Itoa(c.Ordinal), DocID: d.ID, Ordinal: c.Ordinal, Text: c.Text})
		}
	}
	return cases, chunks, true
}
