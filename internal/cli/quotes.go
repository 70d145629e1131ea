package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/almaty-news/newsbot/internal/news"
)

func runQuote(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("quote", `quote [--json] [--corpus DIR] [--config FILE] "words"`, env.Stderr)
	asJSON := fs.Bool("json", false, "print the matching statements as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	words := strings.TrimSpace(strings.Join(pos, " "))
	if words == "" {
		return usagef(`quote: no words given (try: bot quote "attackers were liquidated")`)
	}
	cat, err := loadDocs(c, env)
	if err != nil {
		return err
	}
	found := news.IndexQuotes(cat.docs).Find(words)
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(statementsJSON(cat, found))
	}
	if len(found) == 0 {
		_, err = fmt.Fprintf(env.Stdout, "No quote in the articles matches %q.\n", words)
		return err
	}
	_, err = fmt.Fprint(env.Stdout, statementsText(cat, found))
	return err
}

func runQuotes(ctx context.Context, args []string, env Env) error {
	fs, c := newFlags("quotes", "quotes [--json] [--corpus DIR] [--config FILE]", env.Stderr)
	asJSON := fs.Bool("json", false, "print the statements as JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("quotes: unexpected argument %q (to search: bot quote \"words\")", pos[0])
	}
	cat, err := loadDocs(c, env)
	if err != nil {
		return err
	}
	all := news.IndexQuotes(cat.docs).Statements()
	if *asJSON {
		return json.NewEncoder(env.Stdout).Encode(statementsJSON(cat, all))
	}
	if len(all) == 0 {
		_, err = fmt.Fprintln(env.Stdout, "No attributed quotes in the articles.")
		return err
	}
	_, err = fmt.Fprint(env.Stdout, statementsText(cat, all))
	return err
}

type statementJSON struct {
	Speaker  string      `json:"speaker"`
	Variants []string    `json:"variants"`
	Titles   []string    `json:"titles"`
	Person   bool        `json:"person"`
	Quotes   []quoteJSON `json:"quotes"`
}

type quoteJSON struct {
	Doc        string     `json:"doc"`
	Quote      string     `json:"quote"`
	QuoteStart int        `json:"quote_start"`
	QuoteEnd   int        `json:"quote_end"`
	SpokenAs   string     `json:"speaker_as_written"`
	Title      string     `json:"title"`
	To         string     `json:"to"`
	Where      string     `json:"where"`
	Via        string     `json:"via"`
	Source     sourceJSON `json:"source"`
}

func statementsJSON(cat *catalog, sts []news.Statement) []statementJSON {
	out := []statementJSON{}
	for _, s := range sts {
		sj := statementJSON{Speaker: s.Speaker, Variants: nonNil(s.Variants), Titles: nonNil(s.Titles), Person: s.Person}
		for _, q := range s.Quotes {
			sj.Quotes = append(sj.Quotes, quoteJSON{q.DocID, q.Text, q.Start, q.End, q.AsWritten, q.Title, q.To, q.Where, q.Via,
				cat.sourceJSON(q.DocID, q.SentStart, q.SentEnd)})
		}
		out = append(out, sj)
	}
	return out
}

// statementsText writes each statement: who (with the other spellings of
// the name), then each wording verbatim with to whom, where, through whom
// and its citations.
func statementsText(cat *catalog, sts []news.Statement) string {
	var b strings.Builder
	v := news.NewQuoteView(sts)
	for i, s := range v.Statements {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.Speaker)
		if len(s.Variants) > 0 {
			b.WriteString(" (also spelled " + strings.Join(s.Variants, ", ") + ")")
		}
		if len(s.Titles) > 0 {
			b.WriteString(" — " + strings.Join(s.Titles, "; "))
		}
		b.WriteString("\n")
		for _, w := range s.Wordings {
			fmt.Fprintf(&b, "  “%s”\n", oneLine(w[0].Text))
			for _, q := range w {
				fmt.Fprintf(&b, "    %s%s [%d]\n", q.DocID, quoteContext(q.Context(s.Speaker)), q.N)
			}
		}
	}
	b.WriteString(cat.sources(v.Sources, nil))
	return b.String()
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// quoteContext renders the attribution parts of a quote after its article.
func quoteContext(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	return ": " + strings.Join(parts, ", ")
}
