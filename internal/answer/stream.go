package answer

import "context"

// StreamComposer is a Composer that can also show its answer while it is
// being written, as a language model does.
//
// ComposeStream calls onDelta, from the calling goroutine, with each new
// piece of the draft answer; the pieces add up to the draft so far. The
// returned Reply is final and authoritative: its Text equals the
// concatenated draft when all went well, but a front end must replace
// the draft with Reply.Text whenever they differ (an abstention, or the
// extractive answer when the model failed mid-way), and show the
// citations only from the Reply.
type StreamComposer interface {
	Composer
	ComposeStream(ctx context.Context, in Input, onDelta func(delta string)) (Reply, error)
}

// AskStream is Ask that passes the draft answer to onDelta as it is
// written, when the Composer is a StreamComposer; otherwise onDelta is
// never called. See StreamComposer for what a front end does with the
// draft and the final Reply (a Discord front end edits its reply with the
// draft, at most about once a second, and finally with the Reply).
func (s *Service) AskStream(ctx context.Context, question string, onDelta func(delta string)) (Reply, error) {
	return s.ask(ctx, question, onDelta)
}

// AskFollowupStream is AskFollowup with the draft answer passed to
// onDelta as in AskStream.
func (s *Service) AskFollowupStream(ctx context.Context, history []Turn, question string, onDelta func(delta string)) (Reply, error) {
	return s.askFollowup(ctx, history, question, onDelta)
}

// CanStream reports whether answers can be streamed.
func (s *Service) CanStream() bool {
	_, ok := s.Composer.(StreamComposer)
	return ok
}

// compose runs the Composer, streaming when asked to and able to.
func (s *Service) compose(ctx context.Context, in Input, onDelta func(string)) (Reply, error) {
	if sc, ok := s.Composer.(StreamComposer); ok && onDelta != nil {
		return sc.ComposeStream(ctx, in, onDelta)
	}
	return s.Composer.Compose(ctx, in)
}
