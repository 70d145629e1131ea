package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/chunk"
	"github.com/almaty-news/newsbot/internal/config"
	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/live"
	"github.com/almaty-news/newsbot/internal/llm"
)

// defaultConfigFile is read when --config is not given and it exists.
const defaultConfigFile = "config.toml"

// loadConfig reads the config file (see configPath), applies the
// environment (config.EnvOverrides) and the flags, and validates.
func loadConfig(c *common, getenv func(string) string) (config.Config, error) {
	cfg, err := config.Load(configPath(c, getenv))
	if err != nil {
		return config.Config{}, err
	}
	cfg.ApplyEnv(getenv)
	cfg.ApplyOpenAIEnv(getenv)
	if c.corpus != "" {
		cfg.Corpus.Dir = c.corpus
	}
	if c.k != 0 {
		cfg.Retrieve.K = c.k
	}
	if err := cfg.Validate(); err != nil {
		return config.Config{}, fmt.Errorf("invalid configuration:\n%w", err)
	}
	return cfg, nil
}

// app is what the commands that answer questions need.
type app struct {
	cfg     config.Config
	lib     *library.Library
	service *answer.Service
	log     *slog.Logger
	meter   *llm.Meter      // model API calls and tokens
	libOpts library.Options // how lib was opened, for reloads
	asker   *live.Asker     // service, logging and counting each question
}

// openApp loads the config, the corpus and the index.
func openApp(ctx context.Context, c *common, env Env, progress func(done, total int)) (*app, error) {
	cfg, err := loadConfig(c, env.Getenv)
	if err != nil {
		return nil, err
	}
	return openAppWith(ctx, cfg, newLogger(env.Stderr, cfg.Log), progress)
}

// openAppWith loads the corpus and the index for a loaded config.
func openAppWith(ctx context.Context, cfg config.Config, log *slog.Logger, progress func(done, total int)) (*app, error) {
	meter := &llm.Meter{}
	cache, err := cachePath(cfg)
	if err != nil {
		log.Warn("index cache disabled", "err", err)
	}
	libOpts := library.Options{
		Dir:       cfg.Corpus.Dir,
		MaxBytes:  cfg.Corpus.MaxFileBytes,
		Chunk:     chunk.Options{Size: cfg.Chunk.Size, Overlap: cfg.Chunk.Overlap},
		Embedder:  newEmbedder(cfg, log, meter),
		CachePath: cache,
		Logger:    log,
		Progress:  progress,
	}
	lib, err := library.Open(ctx, libOpts)
	if err != nil {
		return nil, corpusError(err, cfg.Corpus.Dir)
	}
	logProblems(log, lib.Problems())
	pruneCaches(log, cache, time.Now(), cacheMaxAge)
	svc := &answer.Service{
		Retriever:   lib,
		Docs:        lib,
		Composer:    &answer.Extractive{MaxSentences: cfg.Answer.MaxSentences, MinCoverage: cfg.Answer.MinCoverage, MinVerified: cfg.Answer.MinVerified},
		K:           cfg.Retrieve.K,
		MaxQuestion: cfg.Answer.MaxQuestionChars,
	}
	useLLM(svc, cfg, log, meter)
	return &app{cfg: cfg, lib: lib, libOpts: libOpts, service: svc, asker: cliAsker(cfg, log, lib, libOpts, svc), log: log, meter: meter}, nil
}

// corpusError says which setting to fix when the corpus directory is
// missing, and passes other errors through.
func corpusError(err error, dir string) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("corpus directory %q not found (set --corpus or corpus.dir)", dir)
	}
	return err
}

// logProblems logs every corpus file that was skipped or loaded with a
// warning, naming the file and the reason.
func logProblems(log *slog.Logger, problems []corpus.Problem) {
	for _, p := range problems {
		log.Warn("corpus file problem", "file", p.Path, "reason", p.Reason, "skipped", p.Skipped)
	}
}

// requireArticles returns an error saying why there is nothing to answer
// from when the corpus holds no article: an abstention would hide it.
func (a *app) requireArticles() error {
	if len(a.lib.Documents()) > 0 {
		return nil
	}
	if n := corpus.Files(a.lib.Problems()); n > 0 {
		return fmt.Errorf("no articles to answer from: none of the %d file(s) in %s could be loaded (see the log above)", n, a.cfg.Corpus.Dir)
	}
	return fmt.Errorf("no articles to answer from: %s holds no .txt or .md file", a.cfg.Corpus.Dir)
}
