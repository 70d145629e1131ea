package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/almaty-news/newsbot/internal/answer"
)

// replyJSON is the JSON answer schema, a contract other tools depend on.
type replyJSON struct {
	Line      int            `json:"line,omitempty"` // the input line, with "bot ask --json -"
	Question  string         `json:"question"`
	Answer    string         `json:"answer"`
	Abstained bool           `json:"abstained"`
	Composer  string         `json:"composer"` // "extractive" or "llm"
	Model     string         `json:"model"`    // the LLM that answered; "" for extractive
	Note      string         `json:"note"`     // e.g. "the language model was unavailable"; usually ""
	Citations []citationJSON `json:"citations"`
	// Disagreements lists what the cited reports give different versions of.
	Disagreements []disagreementJSON `json:"disagreements"`
	Passages      []passageJSON      `json:"passages"`
	TimingsMs     timingsJSON        `json:"timings_ms"`
}

type disagreementJSON struct {
	What     string        `json:"what"`
	Versions []versionJSON `json:"versions"`
}

type versionJSON struct {
	Value     string `json:"value"`
	Text      string `json:"text"`
	Citations []int  `json:"citations"`
}

type citationJSON struct {
	N      int    `json:"n"`
	Doc    string `json:"doc"`
	Chunk  string `json:"chunk"`
	Title  string `json:"title"`
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	Text   string `json:"text"`
}

type passageJSON struct {
	Doc   string  `json:"doc"`
	Chunk string  `json:"chunk"`
	Score float64 `json:"score"`
	Text  string  `json:"text"`
}

type timingsJSON struct {
	Retrieve float64 `json:"retrieve"`
	Answer   float64 `json:"answer"`
	Total    float64 `json:"total"`
}

// jsonError is the line written for a stdin question that got no answer.
type jsonError struct {
	Line     int    `json:"line"`
	Question string `json:"question"`
	Error    string `json:"error"`
}

func jsonReply(r answer.Reply) replyJSON {
	out := replyJSON{
		Question:      r.Question,
		Answer:        r.Text,
		Abstained:     r.Abstained,
		Composer:      r.Composer,
		Model:         r.Model,
		Note:          r.Note,
		Citations:     []citationJSON{},
		Disagreements: []disagreementJSON{},
		Passages:      []passageJSON{},
		TimingsMs:     timingsJSON{ms(r.Timings.Retrieve), ms(r.Timings.Answer), ms(r.Timings.Total)},
	}
	for _, c := range r.Citations {
		out.Citations = append(out.Citations, citationJSON{c.N, c.DocID, c.ChunkID, c.Title, c.Outlet, c.Date, c.Text})
	}
	for _, d := range r.Disagreements {
		dj := disagreementJSON{What: d.What, Versions: []versionJSON{}}
		for _, v := range d.Versions {
			dj.Versions = append(dj.Versions, versionJSON{v.Value, v.Text, append([]int{}, v.Citations...)})
		}
		out.Disagreements = append(out.Disagreements, dj)
	}
	for _, p := range r.Passages {
		out.Passages = append(out.Passages, passageJSON{p.DocID, p.ID, round3(p.Score), p.Text})
	}
	return out
}

func ms(d time.Duration) float64 { return round3(float64(d.Nanoseconds()) / 1e6) }

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// textReply renders a reply for a person at a terminal: the answer, then
// the numbered sources with the quoted passages.
func textReply(r answer.Reply) string {
	var b strings.Builder
	b.WriteString(r.Text)
	b.WriteString("\n")
	if r.Note != "" {
		fmt.Fprintf(&b, "(%s)\n", r.Note)
	}
	if r.Abstained || len(r.Citations) == 0 {
		return b.String()
	}
	b.WriteString("\nSources:\n")
	for _, c := range r.Citations {
		fmt.Fprintf(&b, "  [%d] %s\n", c.N, sourceLine(c.Title, c.Outlet, c.Date, c.DocID))
		fmt.Fprintf(&b, "      “%s”\n", strings.Join(strings.Fields(c.Text), " "))
	}
	return b.String()
}

// sourceLine names an article: title — outlet, date (id), leaving out
// what is unknown.
func sourceLine(title, outlet, date, id string) string {
	parts := []string{}
	if title != "" {
		parts = append(parts, title)
	}
	var meta []string
	for _, s := range []string{outlet, date} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	line := strings.Join(parts, "")
	if len(meta) > 0 {
		if line != "" {
			line += " — "
		}
		line += strings.Join(meta, ", ")
	}
	if line == "" {
		return id
	}
	return line + " (" + id + ")"
}
