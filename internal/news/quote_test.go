package news

import (
	"testing"

	"github.com/almaty-news/newsbot/internal/corpus"
)

func doc(text string) corpus.Document {
	return corpus.Document{ID: "d", Text: text, BodyStart: 0, BodyEnd: len(text)}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name, text                       string
		quote, speaker, title, to, where string
		via                              string
	}{
		{"X told Y that",
			`City police spokeswoman Saltanat Azirbek told a local news channel that "dozens of attackers were liquidated," when they tried to storm government buildings.`,
			"dozens of attackers were liquidated", "Saltanat Azirbek", "City police spokeswoman", "a local news channel", "", ""},
		{"curly quotes, appositive title",
			`Saltanet Azirbek, spokeswoman for the Kazakh police, told Khabar-24 television channel on Thursday that “extremist forces” had attempted to storm buildings.`,
			"extremist forces", "Saltanet Azirbek", "spokeswoman for the Kazakh police", "Khabar-24 television channel", "", ""},
		{"speaker after the quote, with where",
			`"Troops were sent for a limited time," the CSTO secretariat said in a statement posted by spokeswoman Maria Zakharova.`,
			"Troops were sent for a limited time", "the CSTO secretariat", "", "", "in a statement posted by spokeswoman Maria Zakharova", ""},
		{"quoted as saying by",
			`"Dozens of assailants were eliminated," police spokesman Saltanat Azirbek was quoted as saying by the Interfax and TASS news agencies.`,
			"Dozens of assailants were eliminated", "Saltanat Azirbek", "police spokesman", "", "", "the Interfax and TASS news agencies"},
		{"said X, inverted",
			`"We will restore order," said Kassym-Jomart Tokayev.`,
			"We will restore order", "Kassym-Jomart Tokayev", "", "", "", ""},
		{"appositive name after the title",
			`The CSTO's chairman, Armenian Prime Minister Nikol Pashinyan, then said on Facebook that the alliance would send "peacekeeping forces" to the country.`,
			"peacekeeping forces", "Nikol Pashinyan", "The CSTO's chairman, Armenian Prime Minister", "", "on Facebook", ""},
		{"pronoun takes the sentence's speaker",
			`Tokayev said in an address that he had appealed for help to combat what he called "terrorist groups" in the country.`,
			"terrorist groups", "Tokayev", "", "", "in an address", ""},
		{"two speakers in one sentence",
			`The EU and the UN called for "restraint" on all sides, while Washington urged authorities to allow protesters to "express themselves peacefully."`,
			"restraint", "The EU and the UN", "", "", "", ""},
		{"according to",
			`Police have “eliminated” dozens of protesters, according to media reports.`,
			"eliminated", "media reports", "", "", "", ""},
		{"participle keeps the main subject",
			`A military alliance said it would send forces, blaming the protests on "outside interference."`,
			"outside interference.", "A military alliance", "", "", "", ""},
		{"apostrophes are not quotes",
			`Kazakhstan’s president said the country's troops would stay.`,
			"", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quotes(doc(tt.text))
			if tt.quote == "" {
				if len(qs) > 0 {
					t.Fatalf("Quotes() = %q, want none", qs[0].Text)
				}
				return
			}
			if len(qs) == 0 {
				t.Fatalf("Quotes() = none, want %q", tt.quote)
			}
			q := qs[0]
			got := []string{q.Text, q.Speaker, q.Title, q.To, q.Where, q.Via}
			want := []string{tt.quote, tt.speaker, tt.title, tt.to, tt.where, tt.via}
			for i, field := range []string{"text", "speaker", "title", "to", "where", "via"} {
				if got[i] != want[i] {
					t.Errorf("Quotes()[0] %s = %q, want %q", field, got[i], want[i])
				}
			}
			if tt.text[q.Start:q.End] != q.Text {
				t.Errorf("Quotes()[0] offsets %d-%d give %q, want %q", q.Start, q.End, tt.text[q.Start:q.End], q.Text)
			}
		})
	}
}

func TestQuotesPronounAcrossSentences(t *testing.T) {
	text := "Saltanet Azirbek, spokeswoman for the Kazakh police, spoke on Thursday.\n\n" +
		"“The dozens of attackers were eliminated,” she said.\n\n" +
		"“Together we will overcome this.”\n\n" +
		`"I intend to act," he warned.`
	qs := Quotes(doc(text))
	if len(qs) != 3 {
		t.Fatalf("Quotes() = %d quotes, want 3", len(qs))
	}
	for i, want := range []string{"Saltanet Azirbek", "Saltanet Azirbek", "Saltanet Azirbek"} {
		if qs[i].Speaker != want {
			t.Errorf("Quotes()[%d] %q speaker = %q, want %q", i, qs[i].Text, qs[i].Speaker, want)
		}
	}
	if !qs[1].Continued {
		t.Errorf("Quotes()[1] Continued = false, want true")
	}
}

func TestQuoteIndexVariants(t *testing.T) {
	docs := []corpus.Document{
		doc(`Police spokeswoman Saltanat Azirbek said "dozens of attackers were liquidated" overnight.`),
		doc(`City police spokeswoman Saltanat Azirbek told a channel that "dozens of attackers were liquidated."`),
		doc(`Saltanet Azirbek, spokeswoman for the police, told a channel that “dozens of attackers were liquidated.”`),
	}
	for i := range docs {
		docs[i].ID = string(rune('a' + i))
	}
	ix := IndexQuotes(docs)
	st := ix.Statements()
	if len(st) != 1 {
		t.Fatalf("Statements() = %d, want 1", len(st))
	}
	if st[0].Speaker != "Saltanat Azirbek" || len(st[0].Variants) != 1 || st[0].Variants[0] != "Saltanet Azirbek" {
		t.Errorf("Statements()[0] = %q variants %q, want Saltanat Azirbek variants [Saltanet Azirbek]", st[0].Speaker, st[0].Variants)
	}
	if got := len(st[0].Docs()); got != 3 {
		t.Errorf("Statements()[0].Docs() = %d, want 3", got)
	}
	if found := ix.Find("attackers liquidated"); len(found) != 1 {
		t.Errorf("Find(attackers liquidated) = %d statements, want 1", len(found))
	}
	if found := ix.Find("beshbarmak recipe"); len(found) != 0 {
		t.Errorf("Find(beshbarmak recipe) = %d statements, want 0", len(found))
	}
}
