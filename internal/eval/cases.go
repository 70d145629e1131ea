package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Case is one eval question.
type Case struct {
	ID       string     `json:"id"`
	Kind     string     `json:"kind"` // fact, paraphrase, multi, conflict, unanswerable
	Question string     `json:"question"`
	Must     [][]string `json:"must"` // every group needs one matching alternative
	Evidence []Evidence `json:"evidence"`

	must [][]*regexp.Regexp
}

// Evidence is a passage of a document that supports the answer.
type Evidence struct {
	Doc  string `json:"doc"`
	Text string `json:"text"`
}

// Answerable reports whether the case expects an answer.
func (c Case) Answerable() bool { return c.Kind != "unanswerable" }

// ReadCases parses one JSON case per line; blank lines are skipped.
func ReadCases(r io.Reader) ([]Case, error) {
	var out []Case
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" {
			continue
		}
		var c Case
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		for gi, g := range c.Must {
			var res []*regexp.Regexp
			for _, alt := range g {
				re, err := regexp.Compile("(?i)" + alt)
				if err != nil {
					return nil, fmt.Errorf("line %d: must[%d] %q: %w", line, gi, alt, err)
				}
				res = append(res, re)
			}
			c.must = append(c.must, res)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read cases: %w", err)
	}
	return out, nil
}

// Correct reports whether an answer meets the case: an unanswerable case
// wants an abstention; any other wants an answer in which every must
// group has a matching alternative.
func (c Case) Correct(text string, abstained bool) bool {
	if !c.Answerable() {
		return abstained
	}
	if abstained {
		return false
	}
	for _, g := range c.must {
		ok := false
		for _, re := range g {
			if re.MatchString(text) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
