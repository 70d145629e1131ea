package eval

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
	"github.com/almaty-news/newsbot/internal/corpus"
)

// RecallAt is the cut-off of the retrieval metrics.
const RecallAt = 5

// Asker answers a question.
type Asker interface {
	Ask(ctx context.Context, q string) (answer.Reply, error)
}

// Catalog looks up the article a citation names.
type Catalog interface {
	Document(id string) (corpus.Document, bool)
}

// Result is the outcome of one case.
type Result struct {
	Case           Case
	Reply          answer.Reply
	Correct        bool
	Recalled       bool // an evidence text is in a top-5 passage of its document
	ReciprocalRank float64
	CitationsOK    bool
	UpFront        bool // the answer's first cited claim alone meets every must group
	Words          int  // words in the answer, citation markers aside
	Elapsed        time.Duration
}

// Report aggregates the results of a run.
type Report struct {
	Results            []Result `json:"-"`
	Questions          int      `json:"questions"`
	Accuracy           float64  `json:"accuracy"`
	AnswerableAccuracy float64  `json:"answerable_accuracy"`
	AbstentionAccuracy float64  `json:"abstention_accuracy"`
	FalseAbstentions   float64  `json:"false_abstentions"`
	RecallAt5          float64  `json:"recall_at_5"`
	MRR                float64  `json:"mrr"`
	CitationValidity   float64  `json:"citation_validity"`
	AnswerUpFront      float64  `json:"answer_up_front"` // share of answerable cases whose first cited claim answers
	MedianWords        float64  `json:"median_words"`    // over the answers given (abstentions aside)
	P50Ms              float64  `json:"p50_ms"`
	P95Ms              float64  `json:"p95_ms"`
}

// Run asks every case and scores the answers.
func Run(ctx context.Context, a Asker, docs Catalog, cases []Case) (Report, error) {
	var rep Report
	for _, c := range cases {
		start := time.Now()
		r, err := a.Ask(ctx, c.Question)
		if err != nil && !errors.Is(err, answer.ErrEmptyQuestion) {
			return Report{}, fmt.Errorf("case %s: %w", c.ID, err)
		}
		res := Result{Case: c, Reply: r, Elapsed: time.Since(start)}
		res.Correct = c.Correct(r.Text, r.Abstained)
		res.Recalled, res.ReciprocalRank = retrieval(c, r)
		res.CitationsOK = CitationsValid(r, docs) == nil
		res.UpFront = c.Answerable() && c.Correct(FirstClaim(r.Text), r.Abstained)
		res.Words = Words(r.Text)
		rep.Results = append(rep.Results, res)
	}
	rep.summarize()
	return rep, nil
}

// retrieval reports whether an evidence text occurs in one of the top-5
// passages of its document, and the reciprocal rank of the first such
// passage.
func retrieval(c Case, r answer.Reply) (bool, float64) {
	for i, p := range r.Passages {
		if i >= RecallAt {
			break
		}
		for _, ev := range c.Evidence {
			if p.DocID == ev.Doc && strings.Contains(p.Text, ev.Text) {
				return true, 1 / float64(i+1)
			}
		}
	}
	return false, 0
}

var reMarker = regexp.MustCompile(`\[(\d+)\]`)

// CitationsValid checks that every [n] in the text names a citation, that
// the citations are exactly those the text cites, numbered in order of
// appearance, and that each citation's text stands verbatim at its offsets
// in the named article.
func CitationsValid(r answer.Reply, docs Catalog) error {
	var order []int
	seen := map[int]bool{}
	for _, m := range reMarker.FindAllStringSubmatch(r.Text, -1) {
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > len(r.Citations) {
			return fmt.Errorf("marker [%d] has no citation", n)
		}
		if !seen[n] {
			seen[n] = true
			order = append(order, n)
		}
	}
	if len(order) != len(r.Citations) {
		return fmt.Errorf("text cites %d passages, reply lists %d", len(order), len(r.Citations))
	}
	for i, n := range order {
		if n != i+1 {
			return fmt.Errorf("citation [%d] appears in position %d", n, i+1)
		}
	}
	for _, c := range r.Citations {
		d, ok := docs.Document(c.DocID)
		if !ok {
			return fmt.Errorf("citation [%d]: unknown article %q", c.N, c.DocID)
		}
		if c.Start < 0 || c.End > len(d.Text) || c.Start > c.End || d.Text[c.Start:c.End] != c.Text {
			return fmt.Errorf("citation [%d]: text is not verbatim at %d-%d of %s", c.N, c.Start, c.End, c.DocID)
		}
	}
	return nil
}

func (rep *Report) summarize() {
	var ok, ans, ansOK, un, unOK, falseAb, recalled, citeOK, upFront int
	var rr float64
	var times, words []float64
	for _, r := range rep.Results {
		times = append(times, float64(r.Elapsed.Microseconds())/1000)
		if !r.Reply.Abstained {
			words = append(words, float64(r.Words))
		}
		if r.UpFront {
			upFront++
		}
		if r.Correct {
			ok++
		}
		if r.CitationsOK {
			citeOK++
		}
		if !r.Case.Answerable() {
			un++
			if r.Correct {
				unOK++
			}
			continue
		}
		ans++
		if r.Correct {
			ansOK++
		}
		if r.Reply.Abstained {
			falseAb++
		}
		if r.Recalled {
			recalled++
		}
		rr += r.ReciprocalRank
	}
	rep.Questions = len(rep.Results)
	rep.Accuracy = ratio(ok, rep.Questions)
	rep.AnswerableAccuracy = ratio(ansOK, ans)
	rep.AbstentionAccuracy = ratio(unOK, un)
	rep.FalseAbstentions = ratio(falseAb, ans)
	rep.RecallAt5 = ratio(recalled, ans)
	if ans > 0 {
		rep.MRR = rr / float64(ans)
	}
	rep.CitationValidity = ratio(citeOK, rep.Questions)
	rep.AnswerUpFront = ratio(upFront, ans)
	sort.Float64s(words)
	rep.MedianWords = median(words)
	sort.Float64s(times)
	rep.P50Ms, rep.P95Ms = percentile(times, 0.50), percentile(times, 0.95)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted)-1) + 0.5)
	return sorted[i]
}
