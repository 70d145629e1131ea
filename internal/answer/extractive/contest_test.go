package extractive_test

import (
	"context"
	"strings"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/eval"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/retrieve"
)

// TestContestedYesNo asks a yes/no question that a later article
// contradicts: the answer gives both versions, the later one as such.
func TestContestedYesNo(t *testing.T) {
	lib, err := library.Open(context.Background(), library.Options{
		Dir: "testdata/bridge", Chunk: chunk.DefaultOptions(), Embedder: retrieve.NewHashEmbedder(0),
	})
	if err != nil {
		t.Fatal(err)
	}
	svc := &answer.Service{Retriever: lib, Docs: lib, Composer: &extractive.Extractive{}}
	r, err := svc.Ask(context.Background(), "Will the harbour bridge stay closed until Sunday?")
	if err != nil {
		t.Fatal(err)
	}
	if err := eval.CitationsValid(r, lib); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"stay closed until Sunday", extractive.LaterReport + "Portvale's harbour bridge reopened"} {
		if r.Abstained || !strings.Contains(r.Text, want) {
			t.Errorf("answer = %q, want it to contain %q", r.Text, want)
		}
	}
	if !strings.Contains(r.Text, "[1]") || !strings.Contains(r.Text, "[2]") {
		t.Errorf("answer = %q, want both versions cited", r.Text)
	}
}
