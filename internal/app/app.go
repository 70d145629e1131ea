package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/answer/extractive"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/llm"
	"github.com/almaty-news/newsbot/internal/pgstore"
)

// App is what the commands that answer questions need.
type App struct {
	Config  config.Config
	Corpus  *library.Snapshot // the corpus as Open loaded it
	Service *answer.Service   // the template every asker answers with
	Log     *slog.Logger
	Meter   *llm.Meter      // model API calls and tokens
	Source  library.Options // how Corpus was opened, for reloads

	store *pgstore.Store // OpenWithStore's; closed by Close
}

// Open loads the corpus of cfg and its index and builds the answer
// service. progress, when not nil, reports the embedding.
func Open(ctx context.Context, cfg config.Config, log *slog.Logger, progress func(done, total int)) (*App, error) {
	return open(ctx, cfg, log, progress, nil)
}

// OpenWithStore is Open honouring store.kind: with "postgres" the corpus
// directory is synced into the store at dbURL (replacing the articles it
// holds, as the first start of bot serve does) and served from it, the
// passages' vectors staying in the store. Close the App when done.
func OpenWithStore(ctx context.Context, cfg config.Config, log *slog.Logger, dbURL string) (*App, error) {
	store, err := openStore(ctx, cfg, dbURL, log)
	if err != nil {
		return nil, err
	}
	a, err := open(ctx, cfg, log, nil, store)
	if err != nil {
		if store != nil {
			store.Close()
		}
		return nil, err
	}
	a.store = store
	return a, nil
}

// Close closes the store OpenWithStore opened, if any.
func (a *App) Close() {
	if a.store != nil {
		a.store.Close()
	}
}

// open is Open with the articles read from, and searched in, store when
// it is not nil.
func open(ctx context.Context, cfg config.Config, log *slog.Logger, progress func(done, total int), store *pgstore.Store) (*App, error) {
	meter := &llm.Meter{}
	cache, err := cachePath(cfg)
	if err != nil {
		log.Warn("index cache disabled", "err", err)
	}
	src := library.Options{
		Dir:       cfg.Corpus.Dir,
		MaxBytes:  cfg.Corpus.MaxFileBytes,
		Chunk:     chunk.Options{Size: cfg.Chunk.Size, Overlap: cfg.Chunk.Overlap},
		Embedder:  newEmbedder(cfg, log, meter),
		CachePath: cache,
		Logger:    log,
		Progress:  progress,
	}
	if store != nil {
		useStore(&src, store, log)
	}
	snap, err := library.Open(ctx, src)
	if err != nil {
		return nil, CorpusError(err, cfg.Corpus.Dir)
	}
	LogProblems(log, snap.Problems())
	pruneCaches(log, cache, time.Now(), cacheMaxAge)
	svc := &answer.Service{
		Composer:    &extractive.Extractive{MaxSentences: cfg.Answer.MaxSentences, MinCoverage: cfg.Answer.MinCoverage, MinVerified: cfg.Answer.MinVerified},
		K:           cfg.Retrieve.K,
		MaxQuestion: cfg.Answer.MaxQuestionChars,
	}
	useLLM(svc, cfg, log, meter)
	return &App{Config: cfg, Corpus: snap, Source: src, Service: svc, Log: log, Meter: meter}, nil
}

// Asker is a command's way to ask: through answer.Asker, so a question
// is logged (at debug level: the command prints the outcome itself) and
// counted like any other, against the corpus as opened (not watched).
// frontend is metrics.FrontendCLI or metrics.FrontendEval.
func (a *App) Asker(frontend string) *answer.Asker {
	lib := library.New(library.ServeOptions{Logger: a.Log})
	lib.Start(a.Corpus, a.Source)
	ask := answer.NewAsker(lib, a.Service, frontend, answer.AskerOptions{Logger: a.Log, LogQuestions: a.Config.Log.Questions})
	ask.Level, ask.ErrorLevel = slog.LevelDebug, slog.LevelDebug
	return ask
}

// CorpusError says which setting to fix when the corpus directory is
// missing, and passes other errors through.
func CorpusError(err error, dir string) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("corpus directory %q not found (set --corpus or corpus.dir)", dir)
	}
	return err
}

// LogProblems logs every corpus file that was skipped or loaded with a
// warning, naming the file and the reason.
func LogProblems(log *slog.Logger, problems []corpus.Problem) {
	for _, p := range problems {
		log.Warn("corpus file problem", "file", p.Path, "reason", p.Reason, "skipped", p.Skipped)
	}
}

// RequireArticles returns an error saying why there is nothing to answer
// from when the corpus holds no article: an abstention would hide it.
func (a *App) RequireArticles() error {
	if len(a.Corpus.Documents()) > 0 {
		return nil
	}
	if n := corpus.Files(a.Corpus.Problems()); n > 0 {
		return fmt.Errorf("no articles to answer from: none of the %d file(s) in %s could be loaded (see the log above)", n, a.Config.Corpus.Dir)
	}
	return fmt.Errorf("no articles to answer from: %s holds no .txt or .md file", a.Config.Corpus.Dir)
}
