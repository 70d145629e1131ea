package answer

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/almaty-news/newsbot/internal/library"
	"github.com/almaty-news/newsbot/internal/metrics"
)

// Snapshots gives the snapshot of the corpus being served, nil before
// there is one; *library.Library is one.
type Snapshots interface {
	Current() *library.Snapshot
}

// AskerOptions configure NewAsker.
type AskerOptions struct {
	Logger       *slog.Logger     // nil discards
	Metrics      *metrics.Metrics // nil records nothing
	LogQuestions bool             // put the question text in the log line of each question
}

// Asker is the one path of a question, whatever the front end (command
// line, streamed terminal answers, Discord, eval). Each question is
// answered by one snapshot from start to end, logged once (outcome and
// timings, never secrets) and counted in the metrics, so front ends
// need neither log nor count questions themselves. Its methods have the
// signatures of Service's, so a front end can declare one interface that
// both satisfy.
type Asker struct {
	src      Snapshots
	tmpl     *Service
	frontend string
	log      *slog.Logger // component=questions
	opt      AskerOptions

	// Level is the level of the per-question log line; ErrorLevel that of
	// questions that failed. Info and Warn unless changed; the command
	// line lowers both to Debug, since it prints the outcome itself.
	Level, ErrorLevel slog.Level

	// Uncounted leaves the metrics to the front end, which counts each
	// question once its reply was delivered or refused (Discord: a
	// composed answer the server refuses is "undelivered", not "answered").
	Uncounted bool
}

// NewAsker returns the Asker of a front end (metrics.FrontendDiscord,
// ...). Each question is answered by a copy of tmpl (its composer,
// limits and condenser) whose Retriever and Docs are the snapshot src
// serves when the question arrives.
func NewAsker(src Snapshots, tmpl *Service, frontend string, opt AskerOptions) *Asker {
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Asker{
		src: src, tmpl: tmpl, frontend: frontend, opt: opt,
		log:   log.With("component", "questions"),
		Level: slog.LevelInfo, ErrorLevel: slog.LevelWarn,
	}
}

// service returns tmpl bound to snap, nil for a nil snap.
func (a *Asker) service(snap *library.Snapshot) *Service {
	if snap == nil {
		return nil
	}
	s := *a.tmpl
	s.Retriever, s.Docs = snap, snap
	return &s
}

// Ask answers one question; see answer.Service.Ask.
func (a *Asker) Ask(ctx context.Context, question string) (Reply, error) {
	return a.ask(ctx, question, func(s *Service) (Reply, error) { return s.Ask(ctx, question) })
}

// AskFollowup answers a question in the context of earlier turns; see
// answer.Service.AskFollowup.
func (a *Asker) AskFollowup(ctx context.Context, history []Turn, question string) (Reply, error) {
	return a.ask(ctx, question, func(s *Service) (Reply, error) { return s.AskFollowup(ctx, history, question) })
}

// AskStream answers one question, passing the draft answer to onDelta as
// it is written when the composer can stream; see answer.Service.AskStream.
// The question is logged and counted once, like Ask's.
func (a *Asker) AskStream(ctx context.Context, question string, onDelta func(string)) (Reply, error) {
	return a.ask(ctx, question, func(s *Service) (Reply, error) { return s.AskStream(ctx, question, onDelta) })
}

// AskFollowupStream is AskFollowup with the draft passed to onDelta as in
// AskStream.
func (a *Asker) AskFollowupStream(ctx context.Context, history []Turn, question string, onDelta func(string)) (Reply, error) {
	return a.ask(ctx, question, func(s *Service) (Reply, error) {
		return s.AskFollowupStream(ctx, history, question, onDelta)
	})
}

// CanStream reports whether questions are answered with a
// composer that can stream (a language model).
func (a *Asker) CanStream() bool {
	return a.tmpl.CanStream()
}

func (a *Asker) ask(ctx context.Context, question string, call func(*Service) (Reply, error)) (Reply, error) {
	start := time.Now()
	snap := a.src.Current()
	var r Reply
	var err error
	if snap == nil {
		err = library.ErrNotLoaded
	} else {
		r, err = call(a.service(snap))
	}
	total := time.Since(start)
	outcome := Outcome(r, err)
	if !a.Uncounted {
		a.opt.Metrics.ObserveQuestion(metrics.Question{
			Frontend: a.frontend, Composer: r.Composer, Outcome: outcome,
			Retrieve: r.Timings.Retrieve, Answer: r.Timings.Answer, Total: total,
		})
	}
	a.logQuestion(ctx, question, snap, r, err, outcome, total)
	return r, err
}

// Outcome is how a question ended, for the metrics: rejected, failed,
// abstained or answered.
func Outcome(r Reply, err error) metrics.Outcome {
	switch {
	case errors.Is(err, ErrEmptyQuestion), errors.Is(err, ErrQuestionTooLong):
		return metrics.Rejected
	case err != nil:
		return metrics.Error
	case r.Abstained:
		return metrics.Abstained
	}
	return metrics.Answered
}

// logQuestion writes the one log line of a question.
func (a *Asker) logQuestion(ctx context.Context, q string, snap *library.Snapshot, r Reply, err error, o metrics.Outcome, total time.Duration) {
	level := a.Level
	if o == metrics.Error {
		level = a.ErrorLevel
	}
	log := a.log
	if !log.Enabled(ctx, level) {
		return
	}
	attrs := []slog.Attr{
		slog.String("frontend", a.frontend),
		slog.String("outcome", string(o)),
		slog.Int("question_chars", len([]rune(q))),
	}
	if a.opt.LogQuestions {
		attrs = append(attrs, slog.String("question", q))
	}
	if r.Composer != "" {
		attrs = append(attrs, slog.String("composer", r.Composer))
	}
	if r.Model != "" {
		attrs = append(attrs, slog.String("model", r.Model))
	}
	if o == metrics.Answered || o == metrics.Abstained {
		attrs = append(attrs, slog.Int("citations", len(r.Citations)), slog.Int("passages", len(r.Passages)),
			ms("retrieve_ms", r.Timings.Retrieve), ms("answer_ms", r.Timings.Answer))
	}
	attrs = append(attrs, ms("total_ms", total))
	if snap != nil {
		attrs = append(attrs, slog.Int("generation", snap.Generation()))
	}
	if r.Note != "" {
		attrs = append(attrs, slog.String("note", r.Note))
	}
	if err != nil {
		attrs = append(attrs, slog.String("err", err.Error()))
	}
	log.LogAttrs(ctx, level, "question", attrs...)
}

// ms is a duration in milliseconds, rounded to microseconds.
func ms(key string, d time.Duration) slog.Attr {
	return slog.Float64(key, float64(d.Microseconds())/1000)
}
