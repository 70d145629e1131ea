package retrieve

import (
	"context"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/text"
)

// garden is a small corpus that is not news of any event.
var garden = []string{
	"The automobile was parked beside the old barn.",
	"A vehicle, an automobile and a motorcar stood in the auto yard.",
	"My car would not start on Monday morning.",
	"Tomatoes ripen slowly in a cool summer.",
	"The frost triggered an early harvest of apples.",
}

func termOf(q Query, term string) (QueryTerm, bool) {
	for _, t := range q.Terms {
		if t.Term == term {
			return t, true
		}
	}
	return QueryTerm{}, false
}

func expansion(qt QueryTerm, term string) float64 {
	for _, e := range qt.Expansions {
		if e.Term == term {
			return e.Weight
		}
	}
	return 0
}

func TestAnalyzeExpansionsWeighted(t *testing.T) {
	ix := buildSample(t, garden...)
	qt, ok := termOf(ix.Analyze("Where was the car?"), "car")
	if !ok {
		t.Fatal("Analyze lost the term car")
	}
	syn, hyper := expansion(qt, Term("automobile")), expansion(qt, Term("vehicle"))
	if !(syn == text.SynonymWeight && hyper > 0 && hyper < syn) {
		t.Errorf("car expansions: automobile %v, vehicle %v; want %v and a lower positive weight", syn, hyper, text.SynonymWeight)
	}
	if !contains(qt.Related, Term("automobile")) || contains(qt.Related, Term("vehicle")) {
		t.Errorf("car Related = %v, want synonyms only (automobile, not vehicle)", qt.Related)
	}
	if expansion(qt, Term("tomato")) != 0 {
		t.Errorf("car expanded to tomato")
	}
}

func TestSearchWordAboveManyRelations(t *testing.T) {
	ix := buildSample(t, garden...)
	ps, err := ix.Search(context.Background(), "car", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < 2 || ps[0].DocID != "doc2" {
		t.Fatalf("Search(car) = %v, want doc2 (the word itself) first", ps)
	}
	var found bool
	for _, p := range ps {
		found = found || p.DocID == "doc0"
	}
	if !found {
		t.Errorf("Search(car) = %v, want doc0 (automobile, a synonym) among 3", ps)
	}
}

func TestLexicalCountsATermOnce(t *testing.T) {
	ix := buildSample(t, garden...)
	got := ix.lex.search(ix.Analyze("car"), 5)
	if len(got) == 0 || got[0].chunk != 2 {
		t.Fatalf("lexical search(car) = %v, want chunk 2 (the word) first", got)
	}
	for _, s := range got[1:] {
		if s.score >= got[0].score {
			t.Errorf("chunk %d scores %v by relations, not below the word's %v", s.chunk, s.score, got[0].score)
		}
	}
}

func TestAnalyzePhraseExpansion(t *testing.T) {
	ix := buildSample(t, garden...)
	qt, ok := termOf(ix.Analyze("What set off the harvest?"), Term("set"))
	if !ok || expansion(qt, Term("triggered")) == 0 {
		t.Errorf("set (of set off) expansions = %+v, want trigger", qt.Expansions)
	}
}

func TestAnalyzeWhyLooksForCauses(t *testing.T) {
	ix := buildSample(t, garden...)
	qt, ok := termOf(ix.Analyze("Why was the harvest early?"), Term("why"))
	if !ok || !contains(qt.Related, Term("triggered")) || qt.Weight >= 1 {
		t.Errorf("why term = %+v, %v; want a lighter term related to trigger", qt, ok)
	}
}

func TestOptionsLexiconAliases(t *testing.T) {
	a, err := text.LoadAliases(strings.NewReader("Kyiv, Kiev\n"))
	if err != nil {
		t.Fatal(err)
	}
	chunks := testChunks("The train reached Kyiv at noon.", "Snow fell on the hills.")
	ix, _, err := Build(context.Background(), chunks, Options{Embedder: NewHashEmbedder(0), Lexicon: text.NewLexicon(a)})
	if err != nil {
		t.Fatal(err)
	}
	qt, _ := termOf(ix.Analyze("When did it reach Kiev?"), Term("kiev"))
	if !contains(qt.Related, Term("kyiv")) {
		t.Errorf("kiev Related = %v, want kyiv from the aliases", qt.Related)
	}
	plain := buildSample(t, "The train reached Kyiv at noon.", "Snow fell on the hills.")
	if qt, _ := termOf(plain.Analyze("When did it reach Kiev?"), Term("kiev")); contains(qt.Related, Term("kyiv")) {
		t.Errorf("without aliases kiev is related to kyiv")
	}
}
