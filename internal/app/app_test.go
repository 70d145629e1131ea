package app

import (
	"context"
	"testing"

	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/testkit"
)

func TestOpenConfiguresTheComposer(t *testing.T) {
	cfg := config.Default()
	cfg.Corpus.Dir = "../../corpus"
	cfg.Index.CacheDir = "off"
	cfg.Answer.MaxSentences, cfg.Answer.MinCoverage, cfg.Answer.MinVerified = 2, 0.3, 0.2
	log, _ := testkit.NewLogger()
	a, err := Open(context.Background(), cfg, log, nil)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := a.Service.Composer.(*extractive.Extractive)
	if !ok {
		t.Fatalf("composer = %T, want the extractive one offline", a.Service.Composer)
	}
	if e.MaxSentences != 2 || e.MinCoverage != 0.3 || e.MinVerified != 0.2 {
		t.Errorf("composer = %+v, want answer.max_sentences, min_coverage and min_verified of the config", e)
	}
	if r, err := a.Asker("test").Ask(context.Background(), "What sparked the protests?"); err != nil || len(r.Citations) == 0 {
		t.Errorf("Ask() = %+v, %v; want a cited answer", r, err)
	}
}
