package answer

import (
	"context"
	"regexp"
	"strings"

	"github.com/almaty-news/newsbot/internal/retrieve"
)

// Turn is one earlier exchange of a conversation (a thread or reply chain).
type Turn struct {
	Question string
	Answer   string
}

// Condenser rewrites a follow-up ("and how many were injured?") into a
// standalone question using the conversation so far.
type Condenser interface {
	Condense(ctx context.Context, history []Turn, question string) (string, error)
}

// reFollowup matches questions that lean on an earlier one.
var reFollowup = regexp.MustCompile(`(?i)^(and|but|also|so|what about|how about|then)\b|\b(they|them|their|it|its|he|she|his|her|that|those|these|this|there)\b`)

// KeywordCondenser is the offline Condenser: when a question reads as a
// follow-up (starts with "and", "what about", or leans on a pronoun) and
// is short, it appends the content words of the previous question that
// the new one lacks, leaving out the earlier verb when the follow-up has
// its own. "and how many were injured?" after "How many police officers
// were killed in Almaty?" becomes "and how many were injured? police
// officers Almaty".
type KeywordCondenser struct{}

var _ Condenser = KeywordCondenser{}

// Condense returns question, completed from the last turn when needed.
func (KeywordCondenser) Condense(_ context.Context, history []Turn, question string) (string, error) {
	if len(history) == 0 || !reFollowup.MatchString(question) || len(strings.Fields(question)) > 12 {
		return question, nil
	}
	prev := history[len(history)-1].Question
	have := map[string]bool{}
	ownPredicate := false
	for _, tok := range retrieve.Tokenize(question) {
		have[tok.Term] = true
		ownPredicate = ownPredicate || !tok.Stop && isPredicate(tok.Surface)
	}
	var add []string
	for _, tok := range retrieve.Tokenize(prev) {
		if ownPredicate && isPredicate(tok.Surface) {
			continue // "and how many were injured?" replaces "killed"
		}
		if !tok.Stop && !have[tok.Term] {
			have[tok.Term] = true
			add = append(add, tok.Surface)
		}
	}
	if len(add) == 0 {
		return question, nil
	}
	return question + " " + strings.Join(add, " "), nil
}

// isPredicate guesses whether a word is the verb of a question such as
// "How many were killed?": a past participle or gerund.
func isPredicate(w string) bool {
	w = strings.ToLower(w)
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) || irregularParticiples[w]
}

// irregularParticiples are common past participles not ending in -ed.
var irregularParticiples = map[string]bool{
	"hurt": true, "shot": true, "held": true, "sent": true, "seen": true, "said": true, "told": true,
	"taken": true, "given": true, "struck": true, "fled": true, "left": true, "caught": true, "found": true,
}

// AskFollowup answers question in the context of the earlier turns: the
// Condenser (KeywordCondenser when nil) makes it standalone first. The
// reply's Question is the question as asked.
func (s *Service) AskFollowup(ctx context.Context, history []Turn, question string) (Reply, error) {
	return s.askFollowup(ctx, history, question, nil)
}

func (s *Service) askFollowup(ctx context.Context, history []Turn, question string, onDelta func(string)) (Reply, error) {
	q, err := CleanQuestion(question, s.MaxQuestion)
	if err != nil {
		return Reply{}, err
	}
	c := s.Condenser
	if c == nil {
		c = KeywordCondenser{}
	}
	standalone, err := c.Condense(ctx, history, q)
	if err != nil {
		return Reply{}, err
	}
	if _, err := CleanQuestion(standalone, s.MaxQuestion); err != nil {
		standalone = q // the context made it too long: the question as asked is still fine
	}
	r, err := s.ask(ctx, standalone, onDelta)
	r.Question = q
	return r, err
}
